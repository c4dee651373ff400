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

  test("independence is counted from the claim's own appearances, and explained", () => {
    expect(formatted("confirmed-without-independent-sources")).toMatchInlineSnapshot(`
      "✖ claim c-relayed-twice standing corroborated-single-origin: "confirmed", but its 3 appearances trace to origins that are not independent ("relay-of-report" draws on "outlet-report"; "quote-of-relay" draws on "outlet-report") → add an appearance in a source with its own reporting of it (not one that relays, quotes or summarises these), or set the standing to "reported"
      ✖ claim c-one-publisher standing corroborated-single-origin: "confirmed", but its 2 appearances trace to origins that are not independent ("outlet-report" and "outlet-follow-up" have one publisher) → add an appearance in a source with its own reporting of it (not one that relays, quotes or summarises these), or set the standing to "reported"
      ✖ claim c-one-digest standing corroborated-single-origin: "confirmed", but its one appearance traces to one origin ("digest-of-two") → add an appearance in a source with its own reporting of it (not one that relays, quotes or summarises these), or set the standing to "reported""
    `);
  });

  test("a relay chain that the citations do not bear, or that loops, is spelt out", () => {
    expect(formatted("claim-via-source-not-cited")).toMatchInlineSnapshot(`
      "✖ claim c-uncited-relay appearances[0].via[0] provenance-not-cited: "third-report" got the claim from "outlet-report", says via, but its cites do not list "outlet-report" → add { source: outlet-report, relation: relays | quotes | summarises } to the cites of "third-report", or correct via
      ✖ claim c-only-cited appearances[0].via[0] provenance-not-cited: "second-report" got the claim from "outlet-report", says via, but only "cites" it (a reference, not a relay) → add { source: outlet-report, relation: relays | quotes | summarises } to the cites of "second-report", or correct via"
    `);
    expect(formatted("claim-via-loops")).toMatchInlineSnapshot(`
      "✖ source outlet-report cites[0].relation citation-cycle: sources "outlet-report", "second-report" relay, quote or summarise each other in a loop → find which reported first and make the others draw on it; for a mere reference use relation "cites"
      ✖ claim c-own-source appearances[0].via[1] provenance-loop: the chain comes back to a source already on it: "second-report" ← "outlet-report" ← "second-report" → list each source once, nearest first, ending where the claim was first reported; an appearance in a source it was relayed from must not name the relay in its own via
      ✖ claim c-each-other appearances[0].via[0] provenance-loop: the chain comes back to a source already on it: "outlet-report" ← "second-report" ← "outlet-report" → list each source once, nearest first, ending where the claim was first reported; an appearance in a source it was relayed from must not name the relay in its own via
      ✖ claim c-each-other appearances[1].via[0] provenance-loop: the chain comes back to a source already on it: "second-report" ← "outlet-report" ← "second-report" → list each source once, nearest first, ending where the claim was first reported; an appearance in a source it was relayed from must not name the relay in its own via"
    `);
  });

  test("a dropped hedge and an overstated impact say what the sources support", () => {
    expect(formatted("statement-drops-hedge")).toMatchInlineSnapshot(
      `"⚠ claim c-hedge-dropped statement hedge-dropped: every quote hedges ("apparently", "may"), the statement does not → keep the hedge in the statement ("reportedly", "may have", "according to ..., apparently"), as the sources put it"`,
    );
    expect(formatted("impact-firmer-than-its-claims")).toMatchInlineSnapshot(`
      "✖ incident 2020-example-leak impacts[0].certainty impact-overstated: "occurred", but its claims support at most "feared" ("c-officials-fear": feared) → set the certainty to "feared" and word the description to match, or cite a claim that supports "occurred"
      ✖ incident 2020-example-leak impacts[2].certainty impact-overstated: "reported", but its claims support at most "speculated" ("c-columnist-view": speculated) → set the certainty to "speculated" and word the description to match, or cite a claim that supports "reported"
      ✖ incident 2020-example-leak impacts[3].certainty impact-overstated: "occurred", but every claim it cites is retracted → cite a claim that still stands, or remove the impact"
    `);
  });

  test("an inferred date says what its basis gives", () => {
    expect(formatted("inferred-date-anchor-undated")).toMatchInlineSnapshot(`
      "✖ source self-dated publishedInferred.anchor self-reference: the source "self-dated" refers to itself → remove this entry, or name the other source that was meant
      ✖ claim c-on-monday concernsInferred.anchor inferred-date-unanchored: "on Monday" is read against "undated-report", which has no published date → anchor it on a source with a published date, or give "undated-report" its date first; otherwise leave the date out
      ✖ claim c-no-date concernsInferred inferred-date-unanchored: a basis ("last week") for a date that is not given → write the date it gives at concerns, or remove the basis"
    `);
    expect(formatted("inferred-date-not-what-its-basis-gives")).toMatchInlineSnapshot(`
      "✖ incident 2020-example-leak timeline[1].date inferred-date-mismatch: "last week" does not fix a day: give a range (YYYY-MM-DD/YYYY-MM-DD) or an approximate date (YYYY-MM-DD~) → write the date that "last week" gives read against 2020-03-10, at no finer precision
      ✖ incident 2020-example-leak timeline[2].date inferred-date-mismatch: 2020-03-06 is a Friday, not a Thursday → write the date that "on Thursday" gives read against 2020-03-10, at no finer precision
      ✖ incident 2020-example-leak timeline[3].date inferred-date-mismatch: "yesterday" read against 2020-03-10 is 2020-03-09, not 2020-03-08 → write the date that "yesterday" gives read against 2020-03-10, at no finer precision
      ✖ incident 2020-example-leak timeline[5].date inferred-date-mismatch: "April 9" is April 9, and 2020-04-08 is not → write the date that "April 9" gives read against 2020-04-10, at no finer precision"
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
