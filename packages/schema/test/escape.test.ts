import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  formatLocation,
  formatPath,
  formatProblem,
  type Problem,
  visibleText,
} from "../src/index.js";

/** What may not reach a terminal raw: the characters `visibleText` shows by code point. */
const RAW = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

describe("visibleText", () => {
  test.each([
    ["ESC of a colour sequence", "\u001b[31mred", "<U+001B>[31mred"],
    [
      "OSC 8 hyperlink",
      "\u001b]8;;https://x.test\u0007link",
      "<U+001B>]8;;https://x.test<U+0007>link",
    ],
    ["OSC 52 clipboard write", "\u001b]52;c;aGk=\u001b\\", "<U+001B>]52;c;aGk=<U+001B>\\"],
    ["carriage return", "shown\rhidden", "shown<U+000D>hidden"],
    ["line feed", "one\ntwo", "one<U+000A>two"],
    ["tab", "a\tb", "a<U+0009>b"],
    ["NUL", "a\u0000b", "a<U+0000>b"],
    ["DEL", "a\u007fb", "a<U+007F>b"],
    ["C1 CSI and NEL", "a\u009b31m\u0085b", "a<U+009B>31m<U+0085>b"],
    ["right-to-left override", "txt.\u202Eexe", "txt.<U+202E>exe"],
    [
      "bidi marks and embeddings",
      "\u061C\u200E\u200F\u202A\u202B\u202C\u202D",
      "<U+061C><U+200E><U+200F><U+202A><U+202B><U+202C><U+202D>",
    ],
    ["bidi isolates", "\u2066\u2067\u2068\u2069", "<U+2066><U+2067><U+2068><U+2069>"],
    [
      "zero-width characters",
      "a\u200Bb\u200Cc\u200Dd\u2060e\uFEFF",
      "a<U+200B>b<U+200C>c<U+200D>d<U+2060>e<U+FEFF>",
    ],
    ["soft hyphen", "co\u00ADop", "co<U+00AD>op"],
    ["a format character past the BMP", "tag\u{E0041}", "tag<U+E0041>"],
    ["line and paragraph separators", "a\u2028b\u2029c", "a<U+2028>b<U+2029>c"],
    ["lone surrogates", "a\uD800b\uDFFFc", "a<U+D800>b<U+DFFF>c"],
    ["a workflow command read anywhere in a line", "x ##[error]forged", "x <U+0023>#[error]forged"],
    [
      "an Azure Pipelines logging command",
      "x ##vso[task.setvariable]y",
      "x <U+0023>#vso[task.setvariable]y",
    ],
  ])("shows %s by code point", (_, text, shown) => {
    expect(visibleText(text)).toBe(shown);
  });

  test("leaves printable text alone, in any script", () => {
    for (const text of [
      'unknown key "nmae" (did you mean "name"?) → rename it',
      "ruritаnia",
      "Ústí nad Labem, 東京, القاهرة, emoji 🇷🇺",
      "# heading [link] #[x] #vso",
      "<U+001B> written out",
    ])
      expect(visibleText(text)).toBe(text);
  });

  test("whatever the text, what comes out is one line with nothing raw, and stays as it is", () => {
    const unit = fc.oneof(
      fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
      fc.constantFrom("\uD800", "\uDC00", "#", "[", "#vso[", "##[", "\u001b", "\r", "\n", "\u202E"),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        const shown = visibleText(text);
        expect(shown).not.toMatch(RAW);
        expect(shown).not.toMatch(/##(vso)?\[/i);
        expect(visibleText(shown)).toBe(shown);
      }),
    );
  });
});

describe("formatProblem, formatLocation and formatPath show what comes from the data", () => {
  const hostile: Problem = {
    code: "unknown-key",
    severity: "error",
    message: 'unknown key "\u001b[31mred\n::error file=x::forged"',
    hint: "remove it\r\u001b[2K✔ no problems",
    recordId: "x\u202Eyaml",
    recordKind: "actor",
    path: ["aliases", 0, "\u001b]52;c;aGk=\u0007\u200B"],
    file: "data/actors/evil\u001b[2J\nname.yaml",
    line: 3,
    column: 1,
  };

  test("one line, every raw character shown by code point", () => {
    const line = formatProblem(hostile);
    expect(line).toBe(
      '✖ data/actors/evil<U+001B>[2J<U+000A>name.yaml:3:1 aliases[0].<U+001B>]52;c;aGk=<U+0007><U+200B> unknown-key: unknown key "<U+001B>[31mred<U+000A>::error file=x::forged" → remove it<U+000D><U+001B>[2K✔ no problems',
    );
    expect(line).not.toMatch(RAW);
  });

  test("the pieces shown on their own are shown the same way", () => {
    expect(formatPath(hostile.path)).toBe("aliases[0].<U+001B>]52;c;aGk=<U+0007><U+200B>");
    expect(formatLocation(hostile)).toBe("data/actors/evil<U+001B>[2J<U+000A>name.yaml:3:1");
    const { file: _, ...unlocated } = hostile;
    expect(formatLocation(unlocated)).toBe("actor x<U+202E>yaml");
  });

  test("whatever a problem holds, it prints as one line with nothing raw", () => {
    const text = fc.string({ unit: "binary", maxLength: 20 });
    fc.assert(
      fc.property(
        text,
        text,
        text,
        fc.array(fc.oneof(text, fc.nat())),
        text,
        (message, hint, id, path, file) => {
          const line = formatProblem({
            code: "unknown-key",
            severity: "warning",
            message,
            hint,
            recordId: id,
            path,
            file,
          });
          expect(line).not.toMatch(RAW);
          expect(line.split("\n")).toHaveLength(1);
        },
      ),
    );
  });
});
