import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Claim, Corpus } from "@leaks/schema";
import { beforeAll, describe, expect, it } from "vitest";
import { corpusStix, stixBundle } from "../src/export/stix.js";
import { CREDIBILITY_CONFIDENCE, STIX_NAMESPACE } from "../src/export/stix-model.js";
import { loadCorpus } from "../src/loader/index.js";
import { FIXTURES, PACKAGE_ROOT } from "./support/fixture-corpus.js";
import { checkStixBundle } from "./support/stix-check.js";

type Json = Record<string, unknown> & { id: string; type: string };

/** The shipped corpus, as the build validated it. */
const real = JSON.parse(readFileSync(join(PACKAGE_ROOT, "corpus.json"), "utf8")) as Corpus;
let fixture: Corpus;
beforeAll(async () => {
  const loaded = await loadCorpus(join(FIXTURES, "export/data"), { today: "2026-11-21" });
  expect(loaded.problems.filter((problem) => problem.severity === "error")).toEqual([]);
  fixture = loaded.corpus;
});

const objectsOf = (corpus: Corpus) => stixBundle(corpus).objects as Json[];
const byRecord = (objects: Json[], urn: string) =>
  objects.find((object) =>
    (object.external_references as { external_id?: string }[] | undefined)?.some(
      (reference) => reference.external_id === urn,
    ),
  );

describe("the STIX 2.1 export of the shipped corpus", () => {
  it("is a bundle that follows the STIX 2.1 rules for every object it holds", () => {
    const bundle = stixBundle(real);
    expect(checkStixBundle(bundle)).toEqual([]);
    const objects = bundle.objects as Json[];
    const count = (type: string) => objects.filter((object) => object.type === type).length;
    expect({
      grouping: count("grouping"),
      identity: count("identity"),
      note: count("note"),
      "marking-definition": count("marking-definition"),
    }).toEqual({
      grouping: real.incidents.length,
      // The actors, and the dataset that creates every object.
      identity: real.actors.length + 1,
      note: real.claims.length + real.sources.length,
      "marking-definition": 1,
    });
  });

  it("never gives two objects the same UUID, whatever their types", () => {
    const uuids = objectsOf(real).map((object) => object.id.split("--")[1]);
    expect(new Set(uuids).size).toBe(uuids.length);
  });

  it("gives byte-identical output for the same corpus, whatever the order of its records", () => {
    const reversed: Corpus = {
      incidents: [...real.incidents].reverse(),
      claims: [...real.claims].reverse(),
      actors: [...real.actors].reverse(),
      sources: [...real.sources].reverse(),
    };
    expect(corpusStix(reversed)).toBe(corpusStix(real));
  });

  it("maps every claim's Admiralty credibility to confidence as the STIX 2.1 scale does", () => {
    // STIX 2.1, Appendix A (confidence scales), the Admiralty Credibility scale.
    expect(CREDIBILITY_CONFIDENCE).toEqual({ 1: 90, 2: 70, 3: 50, 4: 30, 5: 10, 6: undefined });
    const objects = objectsOf(real);
    for (const claim of real.claims) {
      const note = byRecord(objects, `urn:leaks-dossier:claim:${claim.id}`);
      expect(note?.confidence, claim.id).toBe(CREDIBILITY_CONFIDENCE[claim.credibility.grade]);
      expect(note?.labels, claim.id).toContain(
        `admiralty-scale:information-credibility="${claim.credibility.grade}"`,
      );
    }
  });

  it("keeps unnamed claimants unnamed: no identity, only the reporting's own description", () => {
    const objects = objectsOf(real);
    const identities = new Map(
      objects.filter((o) => o.type === "identity").map((o) => [o.id, String(o.name)]),
    );
    const anonymous = real.claims.filter((claim) => claim.claimant.kind === "anonymous");
    expect(anonymous.length).toBeGreaterThan(0);
    for (const claim of anonymous) {
      if (claim.claimant.kind !== "anonymous") continue;
      const { description, relayedBy } = claim.claimant.anonymous;
      const note = byRecord(objects, `urn:leaks-dossier:claim:${claim.id}`);
      expect(note?.content, claim.id).toContain(
        `Claimed by: ${description}, not named by the reporting`,
      );
      const named = ((note?.object_refs ?? []) as string[])
        .filter((ref) => ref.startsWith("identity--"))
        .map((ref) => identities.get(ref));
      const relayer = real.actors.find((actor) => actor.id === relayedBy)?.name;
      expect(named, claim.id).toEqual(relayer === undefined ? [] : [relayer]);
    }
    const names = new Set([...identities.values()].map((name) => name.toLowerCase()));
    for (const claim of anonymous)
      if (claim.claimant.kind === "anonymous")
        expect(names, claim.id).not.toContain(claim.claimant.anonymous.description.toLowerCase());
  });

  it("dates objects only by days the data has: grade days, never the export's clock", () => {
    const objects = objectsOf(real);
    const days = new Set([
      ...real.claims.map((claim) => claim.credibility.gradedOn),
      ...real.sources.map((source) => source.reliability.gradedOn),
    ]);
    for (const object of objects) {
      expect(days, object.id).toContain(String(object.created).slice(0, 10));
      expect(String(object.created), object.id).toMatch(/T00:00:00\.000Z$/);
    }
    for (const claim of real.claims)
      expect(byRecord(objects, `urn:leaks-dossier:claim:${claim.id}`)?.created).toBe(
        `${claim.credibility.gradedOn}T00:00:00.000Z`,
      );
  });
});

describe("the STIX 2.1 export of the export fixture", () => {
  it("keeps each record's id from one release to the next: UUIDv5 of its kind and id", () => {
    expect(STIX_NAMESPACE).toBe("d96b8e9f-9348-57be-987e-4348ba5e0f0d");
    const objects = objectsOf(fixture);
    expect(byRecord(objects, "urn:leaks-dossier:incident:harbour-leak")?.id).toBe(
      "grouping--9b1275a7-5af9-5d06-8f66-88bdd714fd63",
    );
    // A later release with one claim regraded: every id stays, the bundle's own changes.
    const regraded: Corpus = {
      ...fixture,
      claims: fixture.claims.map((claim) =>
        claim.id === "plans-shown"
          ? { ...claim, credibility: { ...claim.credibility, grade: 2, gradedOn: "2020-04-01" } }
          : claim,
      ),
    };
    const later = stixBundle(regraded);
    expect(
      (later.objects as Json[]).map((o) => o.id).filter((id) => !id.startsWith("marking")),
    ).toEqual(objects.map((o) => o.id).filter((id) => !id.startsWith("marking")));
    expect(later.id).not.toBe(stixBundle(fixture).id);
  });

  it("writes a claim as a note of who claimed it, where, and how credible, pointing at the incident and the actors", () => {
    const objects = objectsOf(fixture);
    const incident = byRecord(objects, "urn:leaks-dossier:incident:harbour-leak");
    const daily = byRecord(objects, "urn:leaks-dossier:source:daily-report");
    const author = byRecord(objects, "urn:leaks-dossier:actor:jan-novak");
    const note = byRecord(objects, "urn:leaks-dossier:claim:plans-shown");
    expect(incident).toMatchObject({
      type: "grouping",
      name: "Harbour plans shown to a foreign delegation",
      context: "unspecified",
      x_leaks_dates: { happened: "2020-03-01~" },
    });
    expect(incident).not.toHaveProperty("published");
    expect(note).toMatchObject({
      type: "note",
      abstract:
        "According to The Example Daily, a minister showed harbour defence plans to a delegation.",
      object_refs: [incident?.id, author?.id, daily?.id],
      confidence: 50,
      created: "2020-03-10T00:00:00.000Z",
      labels: [
        "nature:reported-fact",
        "standing:reported",
        'admiralty-scale:information-credibility="3"',
      ],
    });
    expect(String(note?.content).split("\n")).toEqual([
      "Claim: According to The Example Daily, a minister showed harbour defence plans to a delegation.",
      'Claimed by: the source "Minister shows harbour plans", in its own voice (Jan Novák).',
      "Nature: reported-fact. Standing: reported.",
      "Credibility (Admiralty scale): 3, possibly true; graded by fixtures on 2020-03-10. One outlet.",
      'Appears in "Minister shows harbour plans": "the minister showed the harbour plans, with a comma"',
      "This note records what its claimant said, as published; it is not a finding of Leaks Dossier.",
    ]);
    expect(note?.external_references).toContainEqual({
      source_name: "Minister shows harbour plans",
      description: '"the minister showed the harbour plans, with a comma" (paragraph 1)',
      external_id: "urn:leaks-dossier:source:daily-report",
    });
    expect(String(daily?.content).split("\n")).toEqual([
      'Source: "Minister shows harbour plans" (news-report, language en).',
      "Published 2020-03-02 by The Example Daily (authors: Jan Novák).",
      "Reliability (Admiralty scale): C, fairly reliable; graded by fixtures on 2020-03-10. A fictional outlet.",
      "Its quoted words remain its publisher's and authors'.",
    ]);
    // A relay points at what it relays: the citation graph, as notes.
    const wire = byRecord(objects, "urn:leaks-dossier:source:wire-relay");
    expect(wire?.object_refs).toContain(daily?.id);
    expect(wire?.labels).toContain('admiralty-scale:source-reliability="f"');
    expect(wire).not.toHaveProperty("confidence");
  });

  it("leaves confidence out for credibility 6, truth cannot be judged", () => {
    const claims: Claim[] = fixture.claims.map((claim) => ({
      ...claim,
      credibility: { ...claim.credibility, grade: 6 },
    }));
    const objects = objectsOf({ ...fixture, claims });
    const notes = claims.map((claim) => byRecord(objects, `urn:leaks-dossier:claim:${claim.id}`));
    for (const note of notes) {
      expect(note).toBeDefined();
      expect(note).not.toHaveProperty("confidence");
    }
  });

  it("marks every object with the data licence, and says the quotes stay their publishers'", () => {
    const objects = objectsOf(fixture);
    const marking = objects.find((object) => object.type === "marking-definition");
    expect(marking).toMatchObject({
      definition_type: "statement",
      definition: {
        statement: expect.stringContaining(
          "Creative Commons Attribution 4.0 International (CC-BY-4.0)",
        ),
      },
    });
    expect(JSON.stringify(marking?.definition)).toContain("remain their publishers'");
    for (const object of objects)
      if (object !== marking) expect(object.object_marking_refs, object.id).toEqual([marking?.id]);
  });
});

describe("the STIX 2.1 check", () => {
  let bundle: { objects: Json[] };
  beforeAll(() => {
    bundle = stixBundle(fixture) as { objects: Json[] };
  });
  const broken = (change: (objects: Json[]) => void) => {
    const copy = structuredClone(bundle);
    change(copy.objects);
    return checkStixBundle(copy);
  };
  const noteAt = (objects: Json[]) => objects.findIndex((o) => o.type === "note");

  it("passes the bundle as written", () => {
    expect(checkStixBundle(bundle)).toEqual([]);
  });

  it("names a missing required property", () => {
    let at = -1;
    let id = "";
    const messages = broken((objects) => {
      at = noteAt(objects);
      id = String(objects[at]?.id);
      delete objects[at]?.content;
    });
    expect(messages).toEqual([`objects[${at}] (${id}): must have required property 'content'`]);
  });

  it("rejects an id that is not <type>--<UUID>", () => {
    const messages = broken((objects) => {
      const actor = objects.find((o) => o.type === "identity" && o.name === "Borduria");
      if (actor) actor.id = "identity--borduria";
    });
    expect(messages.join("\n")).toMatch(
      /^objects\[\d+\] \(identity--borduria\)\.id: must match pattern/m,
    );
  });

  it("rejects confidence 101", () => {
    const messages = broken((objects) => {
      const note = objects.find((o) => o.confidence !== undefined);
      if (note) note.confidence = 101;
    });
    expect(messages).toEqual([
      expect.stringMatching(/^objects\[\d+\] \(note--.*\)\.confidence: must be <= 100$/),
    ]);
  });

  it("rejects a reference to an object the bundle lacks", () => {
    const missing = "identity--00000000-0000-5000-8000-000000000000";
    const messages = broken((objects) => {
      const note = objects[noteAt(objects)];
      if (note) note.object_refs = [...(note.object_refs as string[]), missing];
    });
    expect(messages).toEqual([
      expect.stringMatching(
        new RegExp(
          `^objects\\[\\d+\\] \\(note--.*\\)\\.object_refs\\[\\d+\\]: points at ${missing}, which is not in the bundle$`,
        ),
      ),
    ]);
  });

  it("rejects a wrong spec_version, a timestamp without Z and a property STIX lacks", () => {
    const messages = broken((objects) => {
      const grouping = objects.find((o) => o.type === "grouping");
      if (!grouping) return;
      grouping.spec_version = "2.0";
      grouping.modified = "2020-03-10T00:00:00.000";
      grouping.published = "2020-03-01T00:00:00.000Z";
    });
    expect(
      messages.map((m) => m.replace(/^objects\[\d+\] \(grouping--[^)]*\)/, "grouping")),
    ).toEqual([
      'grouping.spec_version: must be "2.1"',
      expect.stringMatching(/^grouping\.modified: must match pattern/),
      'grouping: has a property STIX 2.1 does not define for it: "published"',
    ]);
  });
});
