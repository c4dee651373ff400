import { join, relative, resolve } from "node:path";
import { claimProvenance, quoteHedgeIn, statementIsHedged } from "@leaks/schema";
import { beforeAll, describe, expect, test } from "vitest";
import { type CorpusView, createCorpusView } from "../src/corpus-view.js";
import { type LoadResult, loadCorpus } from "../src/loader/index.js";
import { PACKAGE_ROOT } from "./support/fixture-corpus.js";
import { runCli } from "./support/run-cli.js";

const SNAPSHOT_CODES = new Set([
  "quote-not-in-snapshot",
  "snapshot-missing",
  "snapshot-hash-mismatch",
]);

let result: LoadResult;
beforeAll(async () => {
  // As the CLI shows it from the package folder: files read data/...
  result = await loadCorpus(relative(process.cwd(), join(PACKAGE_ROOT, "data")) || ".");
});

describe("the real corpus (packages/corpus/data)", () => {
  test("has incidents, each with claims", () => {
    expect(result.corpus.incidents.length).toBeGreaterThan(0);
    for (const incident of result.corpus.incidents)
      expect(result.corpus.claims.some((claim) => claim.incidents.includes(incident.id))).toBe(
        true,
      );
  });

  test("every quote is verbatim in its source's archived snapshot", () => {
    const sources = new Map(result.corpus.sources.map((source) => [source.id, source]));
    const checked = result.corpus.claims.flatMap((claim) =>
      claim.appearances.filter((a) => sources.get(a.source)?.archive?.snapshot !== undefined),
    );
    // The check must have something to check: the archive holds the seed articles.
    expect(checked.length).toBeGreaterThan(0);
    expect(result.problems.filter((problem) => SNAPSHOT_CODES.has(problem.code))).toEqual([]);
  });

  test("every claim keeps in its statement the hedge all of its quotes share", () => {
    const hedged = result.corpus.claims.filter((claim) =>
      claim.appearances.every((a) => quoteHedgeIn(a.quote) !== undefined),
    );
    // The seed texts hedge a good deal ("apparently", "reportedly", "might"): the check bites.
    expect(hedged.length).toBeGreaterThan(10);
    expect(hedged.filter((claim) => !statementIsHedged(claim.statement)).map((c) => c.id)).toEqual(
      [],
    );
  });

  test("every claim's origins are on its own appearances' chains", () => {
    for (const claim of result.corpus.claims) {
      const provenance = claimProvenance(claim, result.corpus);
      const onChains = new Set(claim.appearances.flatMap((a) => [a.source, ...a.via]));
      for (const origin of provenance.origins) expect(onChains, claim.id).toContain(origin.source);
      expect(provenance.independent.length).toBeLessThanOrEqual(provenance.origins.length);
    }
    const israeliSourced = result.corpus.claims.find(
      (c) => c.id === "oval-office-intel-israeli-sourced",
    );
    if (israeliSourced === undefined) throw new Error("the Oval Office claim is missing");
    expect(claimProvenance(israeliSourced, result.corpus).origins.map((o) => o.source)).toEqual([
      "new-york-times-israel-source-report",
    ]);
  });

  test("`leaks validate` on it exits 0", () => {
    const run = runCli(["validate"], { cwd: PACKAGE_ROOT });
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^✔ no problems \(\d+ records checked\)\n$/);
    expect(run.status).toBe(0);
  });

  test("is the default data folder when `leaks` runs anywhere in the repository", () => {
    const repository = join(PACKAGE_ROOT, "..", "..");
    const incident = result.records.find((record) => record.kind === "incident");
    expect(incident).toBeDefined();
    // A path inside the default data folder is accepted (outside it, a file is a usage error).
    const file = relative(repository, resolve(incident?.file ?? ""))
      .split("\\")
      .join("/");
    const run = runCli(["validate", "--format", "json", file], { cwd: repository });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout).summary.records).toBe(result.records.length);
  });
});

describe("the graph queries agree with the records they are about, on the real corpus", () => {
  let view: CorpusView;
  beforeAll(() => {
    view = createCorpusView(result.corpus);
  });
  const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);

  test("claims by source and by claimant are exactly the claims that say so", () => {
    for (const source of view.sources)
      expect(ids(view.claimsInSource(source.id)), source.id).toEqual(
        ids(view.claims.filter((c) => c.appearances.some((a) => a.source === source.id))),
      );
    const anonymous = view.claims.filter((c) => c.claimant.kind === "anonymous");
    expect(anonymous.length).toBeGreaterThan(0);
    for (const claim of view.claims) {
      const { claimant } = claim;
      const found =
        claimant.kind === "actor"
          ? view.claimsByClaimant({ actor: claimant.actor })
          : claimant.kind === "anonymous"
            ? view.claimsByClaimant({ anonymous: claimant.anonymous.description.toUpperCase() })
            : view.claimsByClaimant({ sourceAuthor: claimant.source });
      expect(found, claim.id).toContain(claim);
    }
  });

  test("every impact's claims are claims of its relationship and mention its parties", () => {
    let impacts = 0;
    for (const incident of view.incidents)
      for (const impact of incident.impacts) {
        impacts++;
        const ofRelationship = ids(view.claimsOfRelationship([...impact.parties].reverse()));
        for (const claimId of impact.claims) {
          expect(ofRelationship, `${incident.id}: ${claimId}`).toContain(claimId);
          for (const party of impact.parties)
            expect(ids(view.claimsMentioningActor(party)), party).toContain(claimId);
        }
      }
    expect(impacts).toBeGreaterThan(0);
  });

  test("the README's example finds what it says", () => {
    expect(view.citedBy("new-york-times-israel-source-report").length).toBeGreaterThan(0);
    expect(view.claimsOfRelationship(["united-states", "israel"]).length).toBeGreaterThan(0);
  });

  test("who cites whom is the sources' own citations read backwards; origins are the provenance's", () => {
    for (const source of view.sources)
      for (const citation of source.cites)
        expect(view.citedBy(citation.source)).toContainEqual({
          source,
          relation: citation.relation,
        });
    const cited = view.sources.reduce((n, s) => n + view.citedBy(s.id).length, 0);
    expect(cited).toBe(view.sources.reduce((n, s) => n + s.cites.length, 0));
    for (const claim of view.claims)
      expect(view.independentOrigins(claim.id)).toEqual(view.provenance(claim.id)?.independent);
  });
});
