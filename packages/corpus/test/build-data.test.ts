import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { loadCorpus } from "../src/loader/index.js";
import { fixtureCorpus, PACKAGE_ROOT } from "./support/fixture-corpus.js";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function buildData(dataDir: string) {
  const out = mkdtempSync(join(tmpdir(), "leaks-build-"));
  cleanups.push(() => rmSync(out, { recursive: true, force: true }));
  const run = spawnSync(
    process.execPath,
    [
      "--conditions=@leaks/source",
      "--import",
      "tsx",
      "scripts/build-data.ts",
      "--data",
      dataDir,
      "--out",
      join(out, "dist"),
    ],
    { cwd: PACKAGE_ROOT, encoding: "utf8" },
  );
  return { ...run, dist: join(out, "dist") };
}

describe("the data build", () => {
  test("fails on any error-severity problem and writes nothing", () => {
    const corpus = fixtureCorpus("rule-problems");
    cleanups.push(corpus.cleanup);
    const run = buildData(join(corpus.root, "data"));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/unsourced\.yaml:6:10 claimant\.actor unknown-reference/);
    expect(run.stderr).toMatch(/nothing was written/);
    expect(existsSync(run.dist)).toBe(false);
  });

  test("writes the validated corpus and one JSON file per record", async () => {
    const corpus = fixtureCorpus();
    cleanups.push(corpus.cleanup);
    const run = buildData(join(corpus.root, "data"));
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const loaded = await loadCorpus(join(corpus.root, "data"));
    const written = JSON.parse(readFileSync(join(run.dist, "corpus.json"), "utf8"));
    expect(written).toEqual(JSON.parse(JSON.stringify(loaded.corpus)));
    // Defaults are filled in: what ships is the output shape, not what was written by hand.
    expect(written.actors[0].aliases).toEqual([]);
    // The redirects ship in corpus.json (none here: the fixture has no redirects.yaml); they
    // are no records, so they have no files of their own.
    expect(written.redirects).toEqual([]);
    const { redirects: _redirects, ...recordLists } = loaded.corpus;
    expect(readdirSync(join(run.dist, "records")).sort()).toEqual(Object.keys(recordLists).sort());
    for (const [folder, records] of Object.entries(recordLists)) {
      expect(readdirSync(join(run.dist, "records", folder)).sort()).toEqual(
        records.map((record: { id: string }) => `${record.id}.json`).sort(),
      );
      for (const record of records)
        expect(
          JSON.parse(readFileSync(join(run.dist, "records", folder, `${record.id}.json`), "utf8")),
        ).toEqual(JSON.parse(JSON.stringify(record)));
    }
  });
});
