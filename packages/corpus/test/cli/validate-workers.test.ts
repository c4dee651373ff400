import { readdirSync } from "node:fs";
import { afterAll, describe, expect, test } from "vitest";
import { fixtureCorpus, INVALID } from "../support/fixture-corpus.js";
import { runCli } from "../support/run-cli.js";

const corpora: ReturnType<typeof fixtureCorpus>[] = [];
afterAll(() => {
  for (const corpus of corpora) corpus.cleanup();
});

describe("leaks validate --workers", () => {
  test.each(readdirSync(INVALID).sort())(
    "%s: worker threads report exactly what one thread reports",
    (name) => {
      const corpus = fixtureCorpus(name);
      corpora.push(corpus);
      const run = (workers: string) =>
        runCli(["validate", "--today", "2024-01-01", "--format", "json", "--workers", workers], {
          cwd: corpus.root,
        });
      const alone = run("0");
      const threaded = run("2");
      expect(alone.status).toBe(1);
      expect(threaded.status).toBe(1);
      expect(threaded.stderr).toBe("");
      expect(JSON.parse(threaded.stdout)).toEqual(JSON.parse(alone.stdout));
    },
  );

  test("a number of threads that is not one is a usage error", () => {
    const corpus = fixtureCorpus();
    corpora.push(corpus);
    const run = runCli(["validate", "--workers", "many"], { cwd: corpus.root });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--workers takes a number/);
  });
});
