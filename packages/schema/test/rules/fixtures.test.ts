import {
  ALL_RULES,
  type Claim,
  checkCorpus,
  formatProblem,
  readStatement,
  STATEMENT_READING,
} from "@leaks/schema";
import { describe, expect, test } from "vitest";
import { byLocation, loadCorpusFixtures, pinned } from "./corpus-fixtures.js";

const fixtures = loadCorpusFixtures();

describe("fixture corpora", () => {
  test.each(
    fixtures.map(
      (fixture) => [`${fixture.valid ? "valid" : "invalid"}/${fixture.name}`, fixture] as const,
    ),
  )("%s yields exactly its expected problems", (_, fixture) => {
    const problems = checkCorpus(fixture.corpus, ALL_RULES, { today: fixture.today });
    expect(problems.map(pinned).sort(byLocation), problems.map(formatProblem).join("\n")).toEqual(
      [...fixture.expected].sort(byLocation),
    );
  });

  test("valid corpora expect no problem and invalid ones expect some", () => {
    for (const fixture of fixtures)
      expect(fixture.expected.length === 0, fixture.name).toBe(fixture.valid);
  });

  test("every rule is broken by at least one invalid fixture", () => {
    const broken = new Set(fixtures.flatMap((fixture) => fixture.expected.map((p) => p.code)));
    expect(ALL_RULES.map((rule) => rule.code).filter((code) => !broken.has(code))).toEqual([]);
  });

  test("every problem names what to fix: a message and a hint", () => {
    for (const fixture of fixtures)
      for (const problem of checkCorpus(fixture.corpus, ALL_RULES, { today: fixture.today })) {
        expect(problem.message.trim(), formatProblem(problem)).not.toBe("");
        expect(problem.hint.trim(), formatProblem(problem)).not.toBe("");
      }
  });

  test("the rules see a statement only as its reading: the same problems without the text", () => {
    // A loader may keep statements out of memory and give each claim its reading instead;
    // a rule that read the text itself would throw here.
    const withoutText = (claim: Claim): Claim => {
      const copy = { ...claim, [STATEMENT_READING]: readStatement(claim.statement) };
      Object.defineProperty(copy, "statement", {
        enumerable: true,
        get: () => {
          throw new Error(`a rule read the statement of ${claim.id}`);
        },
      });
      return copy;
    };
    for (const fixture of fixtures) {
      const corpus = { ...fixture.corpus, claims: fixture.corpus.claims.map(withoutText) };
      expect(checkCorpus(corpus, ALL_RULES, { today: fixture.today }), fixture.name).toEqual(
        checkCorpus(fixture.corpus, ALL_RULES, { today: fixture.today }),
      );
    }
  });
});
