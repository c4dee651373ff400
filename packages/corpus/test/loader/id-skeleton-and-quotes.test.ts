import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { idSkeleton, normaliseQuoteText } from "../../src/loader/index.js";

describe("idSkeleton", () => {
  test.each([
    ["2017-oval-office", "2017-oval-0ffice"],
    ["example-daily", "examp1e-daily"],
    ["modern-times", "rnodern-times"],
    ["five-eyes", "Five-Eyes"],
    ["ruritania", "rurit\u0430nia"],
    ["ukraine", "ukra\u00efne"],
  ])("%s and %s read alike", (a, b) => {
    expect(idSkeleton(a)).toBe(idSkeleton(b));
  });

  test.each([
    ["nyt-2017-05-15", "nyt-2017-05-16"],
    ["israel", "israeli"],
    ["us-uk", "uk-us"],
  ])("%s and %s stay distinct", (a, b) => {
    expect(idSkeleton(a)).not.toBe(idSkeleton(b));
  });
});

describe("normaliseQuoteText", () => {
  test("forgives whitespace and typographic quotes, nothing else", () => {
    expect(normaliseQuoteText("  \u201cWe were\n   not consulted,\u201d  it\u2019s said ")).toBe(
      '"We were not consulted," it\'s said',
    );
    expect(normaliseQuoteText("a \u2013 b")).toBe("a \u2013 b");
    expect(normaliseQuoteText("Officials")).not.toBe(normaliseQuoteText("officials"));
  });

  test("is the plain definition: quotes straightened, whitespace runs as one space, trimmed", () => {
    const reference = (text: string) =>
      text
        .replace(/[‘’‚‛′‵＇]/g, "'")
        .replace(/[“”„‟″‶＂]/g, '"')
        .replace(/\s+/g, " ")
        .trim();
    const character = fc.constantFrom(
      "a",
      "B",
      " ",
      "  ",
      "\n",
      "\t",
      "\u00a0",
      "\u2009",
      "’",
      "“",
      "”",
      "″",
      "-",
      ".",
    );
    fc.assert(
      fc.property(fc.array(character, { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect(normaliseQuoteText(text)).toBe(reference(text));
      }),
    );
  });
});
