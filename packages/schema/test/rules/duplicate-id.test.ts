import { checkCorpus, duplicateIdRule } from "@leaks/schema";
import { expect, test } from "vitest";
import { loadCorpusFixtures } from "./corpus-fixtures.js";

test("ids that differ only in case are duplicates: a case-insensitive file system keeps one file", () => {
  const minimal = loadCorpusFixtures().find((fixture) => fixture.name === "minimal");
  const source = minimal?.corpus.sources[0];
  if (minimal === undefined || source === undefined) throw new Error("no valid/minimal fixture");
  // Parsed ids are lowercase; a corpus built in code need not be.
  const corpus = { ...minimal.corpus, sources: [source, { ...source, id: "Outlet-Report" }] };
  const [problem, ...rest] = checkCorpus(corpus, [duplicateIdRule], { today: minimal.today });
  expect(rest).toEqual([]);
  expect(problem).toMatchObject({ code: "duplicate-id", recordId: "Outlet-Report", path: ["id"] });
  expect(problem?.message).toBe(
    'the id "Outlet-Report" differs only in case from the source "outlet-report"',
  );
});
