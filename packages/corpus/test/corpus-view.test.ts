import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { type CorpusView, createCorpusView, relationshipKey } from "../src/corpus-view.js";
import { loadCorpus } from "../src/loader/index.js";
import { fixtureCorpus, VALID } from "./support/fixture-corpus.js";

let view: CorpusView;
beforeAll(async () => {
  const { corpus, problems } = await loadCorpus(join(VALID, "data"), { today: "2024-01-01" });
  expect(problems).toEqual([]);
  view = createCorpusView(corpus);
});

const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);

describe("a corpus view", () => {
  test("looks records up by id; unknown ids give undefined or empty results", () => {
    expect(view.getIncident("example-leak")?.title).toBe("A briefing shared without consent");
    expect(view.getClaim("not-consulted")?.standing).toBe("reported");
    expect(view.getActor("ruritania")?.kind).toBe("state");
    expect(view.getSource("example-relay")?.kind).toBe("state-media-relay");
    expect(view.getIncident("nothing")).toBeUndefined();
    expect(view.claimsOfIncident("nothing")).toEqual([]);
    expect(view.relayChain("nothing")).toEqual([]);
    expect(view.incidentsOfActor("nobody")).toEqual([]);
  });

  test("claims of an incident, grouped by standing", () => {
    expect(ids(view.claimsOfIncident("example-leak"))).toEqual([
      "briefing-shared",
      "not-consulted",
    ]);
    const groups = view.claimsByStanding("example-leak");
    expect(ids(groups.reported)).toEqual(["briefing-shared", "not-consulted"]);
    expect(groups.established).toEqual([]);
    expect(groups.opinion).toEqual([]);
  });

  test("the relay chain of each appearance leads back to the origin", () => {
    const chains = view.relayChain("briefing-shared");
    expect(
      chains.map((chain) => ({
        index: chain.index,
        source: chain.source.id,
        paths: chain.paths.map((path) => path.map((step) => `${step.relation} ${step.source.id}`)),
        origins: ids(chain.origins),
      })),
    ).toEqual([
      { index: 0, source: "example-report", paths: [], origins: ["example-report"] },
      {
        index: 1,
        source: "example-relay",
        paths: [["relays example-report"]],
        origins: ["example-report"],
      },
    ]);
  });

  test("a claim relayed once has one independent origin, and its chain starts at its claimant", () => {
    const provenance = view.provenance("briefing-shared");
    expect(provenance?.origins.map((origin) => origin.source)).toEqual(["example-report"]);
    expect(provenance?.independent).toHaveLength(1);
    expect(view.relayChain("briefing-shared")[1]?.claimant?.kind).toBe("anonymous");
    expect(view.provenance("nothing")).toBeUndefined();
  });

  test("actors and incidents find each other; sources include what they relay", () => {
    expect(ids(view.actorsOfIncident("example-leak"))).toEqual(["borduria", "ruritania"]);
    expect(ids(view.incidentsOfActor("borduria"))).toEqual(["example-leak"]);
    // Relaying an anonymous official does not make the outlet a party to the incident.
    expect(view.incidentsOfActor("example-daily")).toEqual([]);
    expect(ids(view.sourcesOfIncident("example-leak"))).toEqual([
      "example-relay",
      "example-report",
    ]);
  });

  test("impacts by relationship, keyed by the sorted parties", () => {
    const relationships = view.impactsByRelationship();
    expect([...relationships.keys()]).toEqual(["borduria--ruritania"]);
    const impacts = relationships.get("borduria--ruritania");
    expect(impacts?.parties).toEqual(["borduria", "ruritania"]);
    expect(impacts?.impacts.map(({ incident, impact }) => [incident.id, impact.effect])).toEqual([
      ["example-leak", "protest"],
    ]);
    expect(relationshipKey(["united-states", "israel"])).toBe("israel--united-states");
  });
});

describe("graph queries of a corpus view, on the fixture corpus", () => {
  test("claims by source, by claimant, by actor mentioned and by relationship", () => {
    expect(ids(view.claimsInSource("example-relay"))).toEqual(["briefing-shared"]);
    expect(ids(view.claimsInSource("example-report"))).toEqual([
      "briefing-shared",
      "not-consulted",
    ]);
    // An anonymous descriptor matches as written, whatever its case and surrounding spaces.
    expect(ids(view.claimsByClaimant({ anonymous: "  A RURITANIAN official " }))).toEqual([
      "not-consulted",
    ]);
    expect(view.claimsByClaimant({ anonymous: "Ruritanian officials" })).toEqual([]);
    expect(view.claimsByClaimant({ actor: "ruritania" })).toEqual([]);
    // The relayer of an anonymous claimant's words, and the parties of the impact it supports.
    expect(ids(view.claimsMentioningActor("example-daily"))).toEqual(["not-consulted"]);
    expect(ids(view.claimsMentioningActor("borduria"))).toEqual(["not-consulted"]);
    expect(ids(view.claimsOfRelationship(["ruritania", "borduria"]))).toEqual(["not-consulted"]);
    expect(view.claimsOfRelationship("borduria--ruritania")).toEqual(
      view.claimsOfRelationship(["borduria", "ruritania"]),
    );
  });

  test("who cites whom, and a claim's independent origins", () => {
    expect(view.citedBy("example-report").map((c) => [c.source.id, c.relation])).toEqual([
      ["example-relay", "relays"],
    ]);
    expect(view.citedBy("example-relay")).toEqual([]);
    // The relay repeats the report: one origin, however many appearances.
    const origins = view.independentOrigins("briefing-shared");
    expect(origins.map((group) => group.map((origin) => origin.source))).toEqual([
      ["example-report"],
    ]);
    expect(origins).toEqual(view.provenance("briefing-shared")?.independent);
    expect(view.independentOrigins("nothing")).toEqual([]);
    expect(view.claimsInSource("nothing")).toEqual([]);
    expect(view.citedBy("nothing")).toEqual([]);
  });
});

describe("resolveId", () => {
  // The fixture corpus with a claim renamed (old-briefing), another merged into it
  // (briefing-row) and an incident renamed; loaded from disk, so the redirects are read and
  // checked as the package's build reads and checks them.
  let renamed: CorpusView;
  beforeAll(async () => {
    const { root, cleanup } = fixtureCorpus();
    try {
      writeFileSync(
        join(root, "data", "redirects.yaml"),
        [
          "redirects:",
          "  - { kind: claim, from: old-briefing, to: briefing-shared, reason: renamed, date: 2023-05-01 }",
          "  - { kind: claim, from: briefing-row, to: briefing-shared, reason: merged, date: 2023-05-02 }",
          "  - { kind: incident, from: example-leak-draft, to: example-leak, reason: renamed, date: 2023-05-03 }",
          "",
        ].join("\n"),
      );
      const { corpus, problems } = await loadCorpus(join(root, "data"), { today: "2024-01-01" });
      expect(problems).toEqual([]);
      renamed = createCorpusView(corpus);
    } finally {
      cleanup();
    }
  });

  test("a live id resolves to itself, an old id to where it leads, any other to undefined", () => {
    expect(renamed.resolveId("claim", "briefing-shared")).toBe("briefing-shared");
    expect(renamed.resolveId("claim", "old-briefing")).toBe("briefing-shared");
    expect(renamed.resolveId("claim", "briefing-row")).toBe("briefing-shared");
    expect(renamed.resolveId("incident", "example-leak-draft")).toBe("example-leak");
    expect(renamed.resolveId("claim", "no-such-claim")).toBeUndefined();
    expect(renamed.redirects.map((redirect) => redirect.from)).toEqual([
      "old-briefing",
      "briefing-row",
      "example-leak-draft",
    ]);
  });

  test("an old id resolves within its own kind only", () => {
    expect(renamed.resolveId("incident", "old-briefing")).toBeUndefined();
    expect(renamed.resolveId("claim", "example-leak-draft")).toBeUndefined();
    expect(renamed.resolveId("actor", "ruritania")).toBe("ruritania");
  });

  test("a corpus without redirects resolves live ids only", () => {
    expect(view.redirects).toEqual([]);
    expect(view.resolveId("claim", "not-consulted")).toBe("not-consulted");
    expect(view.resolveId("claim", "old-briefing")).toBeUndefined();
  });

  test("a redirect to no record (in a corpus never validated) resolves to nothing", () => {
    const unchecked = createCorpusView({
      ...renamed,
      redirects: [
        { kind: "claim", from: "gone", to: "also-gone", reason: "renamed", date: "2023-05-01" },
      ],
    });
    expect(unchecked.resolveId("claim", "gone")).toBeUndefined();
  });
});
