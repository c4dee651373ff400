import { ALL_RULES, checkCorpus } from "@leaks/schema";
import { expect, test } from "vitest";
import { loadCorpusFixtures, pinned } from "./corpus-fixtures.js";

const fixture = loadCorpusFixtures().find(({ name }) => name === "claim-unknown-source");
if (fixture === undefined) throw new Error("no fixture claim-unknown-source");

const unknownReferences = (invalidIds: Parameters<typeof checkCorpus>[2]["invalidIds"]) =>
  checkCorpus(fixture.corpus, ALL_RULES, {
    today: fixture.today,
    ...(invalidIds === undefined ? {} : { invalidIds }),
  })
    .filter((problem) => problem.code === "unknown-reference")
    .map(pinned);

test("an id whose record exists but failed its schema resolves: its own problem is the one to fix", () => {
  expect(unknownReferences(undefined)).toEqual([
    {
      code: "unknown-reference",
      recordKind: "claim",
      recordId: "c-leak-reported",
      path: ["appearances", 1, "source"],
    },
  ]);
  expect(unknownReferences({ source: new Set(["outlet-reprot"]) })).toEqual([]);
});

test("an invalid record of another kind does not stand in for the kind a field names", () => {
  expect(unknownReferences({ actor: new Set(["outlet-reprot"]) })).toHaveLength(1);
});
