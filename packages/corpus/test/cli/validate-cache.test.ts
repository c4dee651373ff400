import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { fixtureCorpus } from "../support/fixture-corpus.js";
import { runCli } from "../support/run-cli.js";

const corpus = fixtureCorpus();
afterAll(() => corpus.cleanup());

const validate = (...args: string[]) =>
  runCli(["validate", "--today", "2024-01-01", ...args], { cwd: corpus.root });

describe("leaks validate and its cache", () => {
  test("a run leaves a cache beside the data folder; later runs report what --no-cache does", () => {
    expect(validate().status).toBe(0);
    expect(existsSync(join(corpus.root, ".leaks-cache", ".gitignore"))).toBe(true);
    const claim = join(corpus.root, "data/claims/example-leak/briefing-shared.yaml");
    writeFileSync(
      claim,
      readFileSync(claim, "utf8").replace("standing: reported", "standing: confirmed"),
    );
    const cached = validate();
    const uncached = validate("--no-cache");
    expect(cached.status).toBe(1);
    expect(cached.stdout).toMatch(
      /briefing-shared\.yaml:10:11 standing corroborated-single-origin/,
    );
    expect(cached.stdout).toBe(uncached.stdout);
    expect(validate("--help").stdout).toMatch(/--no-cache/);
  });
});
