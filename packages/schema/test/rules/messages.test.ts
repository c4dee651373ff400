import { ALL_RULES, checkCorpus, formatProblem, futureDateRule } from "@leaks/schema";
import { describe, expect, test } from "vitest";
import { loadCorpusFixtures } from "./corpus-fixtures.js";

const fixtures = new Map(loadCorpusFixtures().map((fixture) => [fixture.name, fixture]));

function formatted(name: string): string {
  const fixture = fixtures.get(name);
  if (fixture === undefined) throw new Error(`no fixture ${name}`);
  return checkCorpus(fixture.corpus, ALL_RULES, { today: fixture.today })
    .map(formatProblem)
    .join("\n");
}

describe("messages name the offending value and hints say what to do", () => {
  test("an unknown id suggests the nearest existing one", () => {
    expect(formatted("claim-unknown-source")).toMatchInlineSnapshot(
      `"✖ claim c-leak-reported appearances[1].source unknown-reference: no source "outlet-reprot" (did you mean "outlet-report"?) → replace "outlet-reprot" with "outlet-report", or add a source with the id "outlet-reprot""`,
    );
  });

  test("an unknown incident or actor is spoken of with the right article", () => {
    const lines = formatted("unknown-reference-in-every-field")
      .split("\n")
      .filter((line) => / no (incident|actor) /.test(line));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/\badd an (incident|actor) with the id /);
  });

  test("a view called established gets one problem and one fix, whatever its sources", () => {
    expect(formatted("opinion-established-from-one-source")).toMatchInlineSnapshot(`
      "✖ claim c-opinion-confirmed standing opinion-standing: an opinion cannot be "confirmed" → set the standing to "alleged" (or "disputed"); if the claim is a checkable fact, record it as a separate claim with its own nature
      ✖ claim c-speculation-corroborated standing opinion-standing: a speculation cannot be "corroborated" → set the standing to "alleged" (or "disputed"); if the claim is a checkable fact, record it as a separate claim with its own nature"
    `);
  });

  test("dependence is explained through the citation graph", () => {
    expect(formatted("confirmed-without-independent-sources")).toMatchInlineSnapshot(`
      "✖ claim c-relayed-twice standing confirmed-needs-independent-sources: "confirmed", but its sources all trace to "outlet-report" → add an appearance in a source with its own reporting (not a relay, quote or summary of these), or set the standing to "reported"
      ✖ claim c-one-publisher standing confirmed-needs-independent-sources: "confirmed", but its sources trace to "outlet-follow-up", "outlet-report", and no two of them are independent (they share an origin or a publisher) → add an appearance in a source with its own reporting (not a relay, quote or summary of these), or set the standing to "reported"
      ✖ claim c-one-digest standing confirmed-needs-independent-sources: "confirmed", but it appears in one source only ("digest-of-two", which draws on "outlet-report", "third-report") → add an appearance in a source with its own reporting (not a relay, quote or summary of these), or set the standing to "reported""
    `);
  });

  test("a one-way relation says what the other claim declares instead", () => {
    expect(formatted("relation-declared-one-way")).toMatchInlineSnapshot(`
      "✖ claim c-leak-reported relations[0].type relation-not-mutual: supports "c-other", but "c-other" does not say it supports "c-leak-reported" → add { type: supports, claim: c-leak-reported } to the relations of "c-other", or remove this relation
      ✖ claim c-leak-reported relations[1].type relation-not-mutual: contradicts "c-third", but "c-third" does not say it contradicts "c-leak-reported" (it says it supports it) → add { type: contradicts, claim: c-leak-reported } to the relations of "c-third", or remove this relation
      ✖ claim c-third relations[0].type relation-not-mutual: supports "c-leak-reported", but "c-leak-reported" does not say it supports "c-third" (it says it contradicts it) → add { type: supports, claim: c-third } to the relations of "c-leak-reported", or remove this relation"
    `);
  });

  test("a supersedes loop is spelt out", () => {
    expect(formatted("claims-superseding-in-a-loop")).toMatchInlineSnapshot(
      `"✖ claim c-third relations[1].claim supersedes-cycle: supersedes "c-leak-reported", which leads back here: "c-leak-reported" → "c-second" → "c-third" → "c-leak-reported" → only the correcting claim says supersedes; remove the relation that points from the older claim to the newer one"`,
    );
  });
});

test("today must be a calendar day", () => {
  const corpus = { incidents: [], claims: [], actors: [], sources: [] };
  expect(() => [...futureDateRule.check(corpus, { today: "2024" })]).toThrow(TypeError);
});
