import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { loadCorpus } from "../../src/loader/index.js";
import { validateCorpus } from "../../src/loader/validate/validate-corpus.js";
import { fixtureCorpus, INVALID } from "../support/fixture-corpus.js";

const TODAY = "2024-01-01";
const cases = [undefined, ...readdirSync(INVALID).sort()];
let cleanup = () => {};
afterEach(() => cleanup());

describe("validateCorpus, the report-only loader of `leaks validate`", () => {
  test.each(cases)("reports exactly what loadCorpus reports: %s", async (name) => {
    const corpus = fixtureCorpus(name);
    cleanup = corpus.cleanup;
    const data = join(corpus.root, "data");
    const loaded = await loadCorpus(data, { today: TODAY });
    const validated = await validateCorpus(data, { today: TODAY, workers: 0 });
    expect(validated.problems).toEqual(loaded.problems);
    expect(validated.records).toBe(loaded.records.length);
    if (name !== undefined) expect(validated.problems.length).toBeGreaterThan(0);
  });

  test("limited to some files, it reports what loadCorpus reports for them", async () => {
    const corpus = fixtureCorpus("rule-problems");
    cleanup = corpus.cleanup;
    const data = join(corpus.root, "data");
    for (const only of [[join(data, "claims")], [join(data, "incidents"), join(data, "actors")]]) {
      const loaded = await loadCorpus(data, { today: TODAY, only });
      const validated = await validateCorpus(data, { today: TODAY, only, workers: 0 });
      expect(validated.problems).toEqual(loaded.problems);
    }
  });
});
