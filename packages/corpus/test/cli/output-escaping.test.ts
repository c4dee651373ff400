import type { Problem } from "@leaks/schema";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { formatReport, OUTPUT_FORMATS, type OutputFormat } from "../../src/cli/output/index.js";
import { artifactUri } from "../../src/cli/output/sarif.js";

// The formatters on their own, fed problems no loader would make: whatever a problem holds, each
// format keeps its shape. validate-escaping.test.ts runs the real CLI on a hostile corpus.

/** Characters that may not reach stdout raw (line feeds are checked apart, by counting lines). */
const RAW = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;
const rawBesidesLineFeeds = (text: string) => RAW.test(text.replaceAll("\n", ""));
/** The colours picocolors writes: reset of bold/dim, red, green, yellow, cyan, and their ends. */
const OWN_COLOURS = new RegExp(`${"\u001b"}\\[(?:1|2|22|31|32|33|36|39)m`, "g");

const FORGED = "\n::error file=x::forged";

const hostile: Problem = {
  code: "unknown-key",
  severity: "error",
  message: `unknown key "\u001b[31mred${FORGED}"`,
  hint: "remove it\r✔ no problems ##[error]forged",
  recordId: "x\u202Elmay",
  recordKind: "actor",
  path: ["\u001b]52;c;aGk=\u0007\u200B", 0],
  file: "data/actors/odd\u001b[2J\n::warning::name.yaml",
  line: 3,
  column: 1,
};
const plain: Problem = {
  code: "missing-field",
  severity: "warning",
  message: `a message that forges a line${FORGED}`,
  hint: "",
  path: [],
};
const report = { problems: [hostile, plain], records: 2 };

const render = (format: OutputFormat, color = false) =>
  formatReport(format, report, { color, version: "0.0.0" });
const lines = (text: string) => text.replace(/\n$/, "").split("\n");

describe("each output format keeps its shape whatever the problems hold", () => {
  test("text: one line per problem and the summary, every raw character as <U+XXXX>", () => {
    const text = render("text");
    expect(lines(text)).toEqual([
      '✖ data/actors/odd<U+001B>[2J<U+000A>::warning::name.yaml:3:1 <U+001B>]52;c;aGk=<U+0007><U+200B>[0] unknown-key: unknown key "<U+001B>[31mred<U+000A>::error file=x::forged" → remove it<U+000D>✔ no problems <U+0023>#[error]forged',
      "⚠ (corpus) missing-field: a message that forges a line<U+000A>::error file=x::forged",
      "✖ 1 error and 1 warning in 1 file (2 records checked)",
    ]);
    expect(rawBesidesLineFeeds(text)).toBe(false);
  });

  test("text in colour: the same line, with no escape sequence but its own colours", () => {
    const text = render("text", true);
    expect(lines(text)).toHaveLength(3);
    expect(lines(text.replace(OWN_COLOURS, ""))).toEqual(lines(render("text")));
    expect(rawBesidesLineFeeds(text.replace(OWN_COLOURS, ""))).toBe(false);
  });

  test("github: exactly one workflow command per problem, and no other line but the summary", () => {
    const [first, second, summary, ...rest] = lines(render("github"));
    expect(rest).toEqual([]);
    expect(first).toBe(
      '::error file=data/actors/odd<U+001B>[2J<U+000A>%3A%3Awarning%3A%3Aname.yaml,line=3,col=1,title=unknown-key::<U+001B>]52;c;aGk=<U+0007><U+200B>[0]: unknown key "<U+001B>[31mred<U+000A>::error file=x::forged" → remove it<U+000D>✔ no problems <U+0023>#[error]forged',
    );
    expect(second).toBe(
      "::warning title=missing-field::a message that forges a line<U+000A>::error file=x::forged",
    );
    expect(summary).toBe("✖ 1 error and 1 warning in 1 file (2 records checked)");
  });

  test("sarif: message text as the text format shows it, URIs percent-encoded, nothing raw", () => {
    const out = render("sarif");
    expect(rawBesidesLineFeeds(out)).toBe(false);
    expect(out).not.toMatch(/##\[/);
    const [result, unlocated] = JSON.parse(out).runs[0].results;
    expect(result.message.text).toBe(
      '<U+001B>]52;c;aGk=<U+0007><U+200B>[0]: unknown key "<U+001B>[31mred<U+000A>::error file=x::forged" → remove it<U+000D>✔ no problems <U+0023>#[error]forged',
    );
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe(
      "data/actors/odd%1B%5B2J%0A%3A%3Awarning%3A%3Aname.yaml",
    );
    expect(result.properties.recordId).toBe("x\u202Elmay");
    expect(unlocated.message.text).toBe(
      "a message that forges a line<U+000A>::error file=x::forged",
    );
  });

  test("json: one document holding the values as they are, their controls written as escapes", () => {
    const out = render("json");
    expect(rawBesidesLineFeeds(out)).toBe(false);
    expect(out).not.toMatch(/##\[/);
    expect(out).toContain("x\\u202elmay");
    expect(JSON.parse(out).problems).toEqual([hostile, plain]);
  });

  test("whatever the problems hold, every format has one line per problem or one document", () => {
    const text = fc.string({ unit: "binary", maxLength: 16 });
    const problem = fc.record({
      code: text,
      severity: fc.constantFrom("error" as const, "warning" as const),
      message: text,
      hint: text,
      path: fc.array(fc.oneof(text, fc.nat()), { maxLength: 3 }),
      file: text,
      recordId: text,
    });
    fc.assert(
      fc.property(fc.array(problem, { maxLength: 4 }), (problems) => {
        const many = { problems, records: problems.length };
        const out = (format: OutputFormat) =>
          formatReport(format, many, { color: false, version: "0.0.0" });
        for (const format of OUTPUT_FORMATS) expect(rawBesidesLineFeeds(out(format))).toBe(false);
        expect(lines(out("text"))).toHaveLength(problems.length + 1);
        const github = lines(out("github"));
        expect(github).toHaveLength(problems.length + 1);
        // The runner ends the properties at the first `::`: ours, never one of the data.
        for (const line of github.slice(0, -1)) expect(line).toMatch(/^::(error|warning) [^:]*::/);
        expect(JSON.parse(out("json")).problems).toEqual(problems);
        expect(JSON.parse(out("sarif")).runs[0].results).toHaveLength(problems.length);
      }),
    );
  });
});

describe("artifactUri: a file as a URI reference", () => {
  test.each([
    ["data/actors/borduria.yaml", "data/actors/borduria.yaml"],
    ["data/actors/with space.yaml", "data/actors/with%20space.yaml"],
    ["data/actors/#1 100%.yaml", "data/actors/%231%20100%25.yaml"],
    ["data/actors/what?.yaml", "data/actors/what%3F.yaml"],
    ["a:b/x.yaml", "a%3Ab/x.yaml"],
    ["data/actors/ústí-東京.yaml", "data/actors/%C3%BAst%C3%AD-%E6%9D%B1%E4%BA%AC.yaml"],
    ["data/actors/odd\u001b[2J\n\r\t.yaml", "data/actors/odd%1B%5B2J%0A%0D%09.yaml"],
    ["data/actors/x\u202Elmay.yaml", "data/actors/x%E2%80%AElmay.yaml"],
    ["data/actors/lone\uD800.yaml", "data/actors/lone%EF%BF%BD.yaml"],
    ["../elsewhere/data/x.yaml", "../elsewhere/data/x.yaml"],
    ["/tmp/with space/data/x.yaml", "file:///tmp/with%20space/data/x.yaml"],
    ["C:/corpus/data/x#.yaml", "file:///C:/corpus/data/x%23.yaml"],
  ])("%j is %s", (file, uri) => {
    expect(artifactUri(file)).toBe(uri);
    // What the URI resolves to names the file again.
    const resolved = new URL(uri, "file:///repo/");
    expect(decodeURIComponent(resolved.pathname)).toMatch(
      new RegExp(`${escapeRegExp(file.replace(/\uD800/, "\uFFFD").replace(/^\.\.\//, ""))}$`),
    );
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
