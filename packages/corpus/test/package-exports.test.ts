import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadCorpus } from "../src/loader/index.js";
import { PACKAGE_ROOT } from "./support/fixture-corpus.js";

// The built package, as `pnpm build` left it (turbo builds before testing): the code in dist/,
// the data at the package's root.
const dist = join(PACKAGE_ROOT, "dist");
const shipped = JSON.parse(readFileSync(join(PACKAGE_ROOT, "corpus.json"), "utf8"));

describe("the built package", () => {
  test("ships exactly the validated data/ as corpus.json", async () => {
    const { corpus, problems } = await loadCorpus(join(PACKAGE_ROOT, "data"));
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(shipped).toEqual(JSON.parse(JSON.stringify(corpus)));
  });

  test("ESM and CJS builds export the same frozen records, with working lookups", () => {
    // A separate Node process resolves packages as a consumer's would (no test-runner aliases).
    const probe = `
      const digest = (m) => ({
        counts: [m.incidents.length, m.claims.length, m.actors.length, m.sources.length],
        ids: m.claims.map((c) => c.id),
        frozen: Object.isFrozen(m.claims) && m.claims.every((c) => Object.isFrozen(c.appearances[0])),
        lookups: m.claims.every((c) => m.getClaim(c.id) === c) && m.incidents.every((i) => m.getIncident(i.id) === i),
        grouped: m.incidents.every((i) =>
          Object.values(m.claimsByStanding(i.id)).flat().length === m.claimsOfIncident(i.id).length),
      });
      const esm = await import(${JSON.stringify(join(dist, "index.js"))});
      const { createRequire } = await import("node:module");
      const cjs = createRequire(${JSON.stringify(join(dist, "index.cjs"))})(${JSON.stringify(join(dist, "index.cjs"))});
      console.log(JSON.stringify([digest(esm), digest(cjs)]));
    `;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", probe], {
      cwd: PACKAGE_ROOT,
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    const expected = {
      counts: [
        shipped.incidents.length,
        shipped.claims.length,
        shipped.actors.length,
        shipped.sources.length,
      ],
      ids: shipped.claims.map((claim: { id: string }) => claim.id),
      frozen: true,
      lookups: true,
      grouped: true,
    };
    expect(JSON.parse(run.stdout)).toEqual([expected, expected]);
  });
});
