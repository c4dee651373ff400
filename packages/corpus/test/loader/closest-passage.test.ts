import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Claim, Source } from "@leaks/schema";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { closestPassage, SnapshotWords } from "../../src/loader/check/closest-passage.js";
import { CrossCheck } from "../../src/loader/check/cross-checks.js";
import { normaliseQuoteText, printable, readSnapshots } from "../../src/loader/check/snapshots.js";
import { VALID } from "../support/fixture-corpus.js";

/** The closest passage of `raw` (a snapshot file's text) to `quote`, as the check finds it. */
function closest(quote: string, raw: string) {
  const normal = normaliseQuoteText(quote);
  return closestPassage(normal, new SnapshotWords(normaliseQuoteText(raw), raw, [normal]));
}

/** A word without the punctuation at its ends, which lies outside a quote that ends there. */
const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");

const ARTICLE = [
  "Northport, 4 June 2021.",
  "",
  "Senior U.S. officials said on Tuesday that the briefing, which came",
  "from an allied service, had been shared with the delegation in",
  "advance. “We were told nothing,” a member of the delegation said.",
].join("\n");

describe("closestPassage", () => {
  test("a dot left out of an abbreviation", () => {
    expect(closest("Senior US officials said on Tuesday", ARTICLE)).toEqual({
      line: 3,
      differences: [{ quote: "Senior US officials", text: "Senior U.S. officials" }],
    });
  });

  test("a word changed in the middle, on a later line", () => {
    expect(closest("had been passed to the delegation in advance.", ARTICLE)).toEqual({
      line: 4,
      differences: [{ quote: "been passed to the", text: "been shared with the" }],
    });
  });

  test("the first word changed, and words left out at the start", () => {
    expect(closest("Junior U.S. officials said on Tuesday", ARTICLE)?.differences).toEqual([
      { quote: "Junior U.S.", text: "Senior U.S." },
    ]);
    expect(closest("U.S. said on Tuesday that the briefing", ARTICLE)?.differences).toEqual([
      { quote: "U.S. said", text: "U.S. officials said" },
    ]);
  });

  test("words the text does not have at the end of the quote", () => {
    expect(closest("a member of the delegation said. It was late.", ARTICLE)).toEqual({
      line: 5,
      differences: [{ quote: "said. It was late.", text: "said." }],
    });
  });

  test("the last or first word changed: the text's punctuation beyond the quote is left out", () => {
    expect(closest("a member of the delegation spoke", ARTICLE)?.differences).toEqual([
      { quote: "delegation spoke", text: "delegation said" },
    ]);
    expect(closest("Wee were told nothing", ARTICLE)?.differences).toEqual([
      { quote: "Wee were", text: "We were" },
    ]);
  });

  test("punctuation changed inside quotation marks, with a word of context after it", () => {
    expect(closest('"We were told nothing." a member', ARTICLE)?.differences).toEqual([
      { quote: 'nothing." a', text: 'nothing," a' },
    ]);
  });

  test("changes far apart are named apart, in order; changes close together as one", () => {
    expect(
      closest(
        "Senior officials said on Tuesday that the briefing, which came from an allied agency",
        ARTICLE,
      )?.differences,
    ).toEqual([
      { quote: "Senior officials", text: "Senior U.S. officials" },
      { quote: "allied agency", text: "allied service" },
    ]);
    expect(closest("the briefing, that came to an allied service", ARTICLE)?.differences).toEqual([
      { quote: "briefing, that came to an", text: "briefing, which came from an" },
    ]);
  });

  test("no passage close to a quote from another text", () => {
    expect(closest("The ministry denied that any briefing took place.", ARTICLE)).toBeUndefined();
    expect(closest("Entirely unrelated words", ARTICLE)).toBeUndefined();
  });

  test("lines are counted in the file as written, CRLF or not", () => {
    expect(
      closest("had been passed to the delegation", ARTICLE.replaceAll("\n", "\r\n"))?.line,
    ).toBe(4);
  });

  test("a long snapshot: frequent words anchor nothing, the rare ones find the passage", () => {
    const filler = Array.from({ length: 20_000 }, (_, i) => `the report ${i % 500} of the day`);
    const raw = [...filler, "The minister said the allies had shared the plan.", ...filler].join(
      "\n",
    );
    expect(closest("The minister said the allies had seen the plan.", raw)).toEqual({
      line: filler.length + 1,
      differences: [{ quote: "had seen the", text: "had shared the" }],
    });
  });

  test("any one word of a passage changed is the one difference named", () => {
    const words = normaliseQuoteText(ARTICLE).split(" ");
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: words.length - 6 }),
        fc.integer({ min: 4, max: 6 }),
        fc.nat(),
        (from, length, changed) => {
          const passage = words.slice(from, from + length);
          const at = changed % length;
          const quote = passage.map((word, i) => (i === at ? "Zanzibar" : word)).join(" ");
          const found = closest(quote, ARTICLE);
          expect(found?.differences).toHaveLength(1);
          expect(found?.differences[0]?.quote).toContain("Zanzibar");
          expect(found?.differences[0]?.text).toContain(bare(passage[at] as string));
        },
      ),
    );
  });

  test("any one word of a passage left out, or one put in, is the one difference named", () => {
    const words = normaliseQuoteText(ARTICLE).split(" ");
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: words.length - 6 }),
        fc.integer({ min: 4, max: 6 }),
        fc.nat(),
        fc.boolean(),
        (from, length, where, leftOut) => {
          const passage = words.slice(from, from + length);
          const at = where % length;
          const quote = [...passage];
          if (leftOut) quote.splice(at, 1);
          else quote.splice(at, 0, "Zanzibar");
          fc.pre(!normaliseQuoteText(ARTICLE).includes(quote.join(" ")));
          const found = closest(quote.join(" "), ARTICLE);
          expect(found?.differences).toHaveLength(1);
          if (leftOut) expect(found?.differences[0]?.text).toContain(bare(passage[at] as string));
          else expect(found?.differences[0]?.quote).toContain("Zanzibar");
        },
      ),
    );
  });
});

describe("printable", () => {
  test("shows controls, bidi overrides and invisible characters as code points", () => {
    expect(printable("which\u001b[31m came \u202eedisni\u00adword\u200b")).toBe(
      "which<U+001B>[31m came <U+202E>edisni<U+00AD>word<U+200B>",
    );
    expect(printable("U.S. officials \u00e9t\u00e9")).toBe("U.S. officials \u00e9t\u00e9");
  });

  test("shortens a long excerpt in the middle", () => {
    const long = `${"a".repeat(60)}${"b".repeat(60)}`;
    expect(printable(long)).toBe(`${"a".repeat(40)}…${"b".repeat(40)}`);
  });
});

describe("the quote-not-in-snapshot message", () => {
  const fixture = (path: string) => parse(readFileSync(join(VALID, "data", path), "utf8"));
  const source = Source.parse({ ...fixture("sources/example-report.yaml"), archive: undefined });
  const claimQuoting = (quote: string) => {
    const claim = fixture("claims/example-leak/not-consulted.yaml");
    return Claim.parse({ ...claim, appearances: [{ source: "example-report", quote }] });
  };
  const snapshot = { ...source, archive: { snapshot: "report.txt" } };
  /** The snapshot problems of one claim quoting `quote` from a source archived as `text`. */
  const problemsWith = (quote: string, text: string) => {
    const claim = claimQuoting(quote);
    const check = new CrossCheck([
      { kind: "claim", id: claim.id, rel: "claim.yaml", record: claim },
      { kind: "source", id: snapshot.id, rel: "source.yaml", record: snapshot },
    ]);
    const read = () => new TextEncoder().encode(text);
    return check.snapshots(readSnapshots(check.plan.tasks, read)).map((p) => p.problem);
  };

  test("names the passage's line and the words that differ, on one safe line", () => {
    const [problem] = problemsWith(
      "officials said that a briefing was sent",
      "Intro.\nThe officials said that a\nbriefing\u001b]0;pwned\u0007 was shared.\n",
    );
    expect(problem?.code).toBe("quote-not-in-snapshot");
    expect(problem?.path).toEqual(["appearances", 0, "quote"]);
    expect(problem?.message).toMatchInlineSnapshot(
      `"quote not found in archive/report.txt: the closest passage, at line 2, has “briefing<U+001B>]0;pwned<U+0007> was shared” where the quote has “briefing was sent”"`,
    );
    expect(problem?.message).not.toMatch(/\p{Cc}/u);
  });

  test("says when no passage comes close, and what to check", () => {
    const [problem] = problemsWith("Nothing like it at all", "The officials said so.\n");
    expect(problem?.message).toMatchInlineSnapshot(
      `"quote not found in archive/report.txt, nor any passage close to it"`,
    );
    expect(problem?.hint).toMatch(/names the source/);
  });

  test("counts the differences it does not name", () => {
    const [problem] = problemsWith(
      "one two three four five six seven eight nine ten eleven twelve thirteen fourteen",
      "one 2 three four five 6 seven eight nine 10 eleven twelve thirteen 14 fifteen",
    );
    expect(problem?.message).toMatch(/\(and 1 more difference\)$/);
  });
});
