import { checkCorpus, duplicateEntryRule, formatPath } from "@leaks/schema";
import { expect, test } from "vitest";
import { loadCorpusFixtures } from "./corpus-fixtures.js";

const minimal = loadCorpusFixtures().find((fixture) => fixture.name === "minimal");
if (minimal === undefined) throw new Error("no valid/minimal fixture");
const [claim] = minimal.corpus.claims;
const [outlet] = minimal.corpus.actors;
const [incident] = minimal.corpus.incidents;
if (claim === undefined || outlet === undefined || incident === undefined)
  throw new Error("valid/minimal lacks a claim, an actor or an incident");

const repeats = (corpus: typeof minimal.corpus) =>
  checkCorpus(corpus, [duplicateEntryRule], { today: minimal.today }).map(
    (problem) => `${problem.recordId} ${formatPath(problem.path)}`,
  );

// One "é" written two ways: as one character, and as "e" followed by a combining acute accent.
const composed = "Caf\u00e9 Report";
const decomposed = "Cafe\u0301 Report";

test("two quotes that differ only in Unicode normalisation are one appearance listed twice", () => {
  expect(composed).not.toBe(decomposed);
  const [appearance] = claim.appearances;
  if (appearance === undefined) throw new Error("the claim has no appearance");
  const twice = {
    ...claim,
    appearances: [
      { ...appearance, quote: composed },
      { ...appearance, quote: decomposed },
    ],
  };
  expect(repeats({ ...minimal.corpus, claims: [twice] })).toEqual([
    "c-leak-reported appearances[1]",
  ]);
  // Other words are other quotes.
  const different = {
    ...twice,
    appearances: [
      { ...appearance, quote: composed },
      { ...appearance, quote: "Another quote." },
    ],
  };
  expect(repeats({ ...minimal.corpus, claims: [different] })).toEqual([]);
});

test("an alias or a tag equal to another but for its normalisation is a repeat", () => {
  const actor = { ...outlet, name: composed, aliases: [decomposed, "Another Name"] };
  const tagged = { ...incident, tags: [composed, "other", decomposed] };
  expect(repeats({ ...minimal.corpus, actors: [actor], incidents: [tagged] })).toEqual([
    "2020-example-leak tags[2]",
    "example-outlet aliases[0]",
  ]);
});
