import { expect, test } from "vitest";
import { CLAIM_NATURES, RECORD_KINDS, withArticle } from "../src/index.js";

test("every record kind and claim nature gets the article it is spoken with", () => {
  expect([...RECORD_KINDS, ...CLAIM_NATURES].map(withArticle)).toEqual([
    "an incident",
    "a claim",
    "an actor",
    "a source",
    "a reported-fact",
    "an official-statement",
    "a leaked-document-content",
    "a denial",
    "a declined-to-comment",
    "an assessment",
    "an opinion",
    "a speculation",
    "a reader-comment",
  ]);
});
