import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Problem } from "@leaks/schema";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fixtureCorpus } from "../support/fixture-corpus.js";
import { runCli } from "../support/run-cli.js";

// A contributor who means harm writes keys, values and file names that, printed raw, would
// recolour or hide lines of the report, write to the clipboard (OSC 52), link elsewhere (OSC 8),
// reverse text (U+202E) or forge lines and GitHub workflow commands. The YAML spells each
// character as an escape, so this file and the record hold none of them raw.
const HOSTILE_RECORD = [
  "id: hostile",
  'kind: "state\\u202E"',
  "name: Hostile",
  '"\\e[31mnmae": Sloppy',
  '"notes\\n::error file=x::forged": 1',
  '"shown\\rhidden\\u2028": 1',
  '"##[error]forged": 1',
  '"\\e]8;;https://example.test\\e\\\\link\\e]8;;\\e\\\\\\e]52;c;aGk=\\a\\u200B": 1',
  "",
].join("\n");

/** Files named with what a file system allows and a terminal acts on, written at test time. */
const ODD_RECORD = "data/actors/odd\u001b[2Jname.yaml";
const FORGED_ENTRY = "data/new\n::error file=x::forged";
const REVERSED_ENTRY = "data/notes\r\u202Etxt.md";

let corpus: ReturnType<typeof fixtureCorpus>;
beforeAll(() => {
  corpus = fixtureCorpus();
  writeFileSync(join(corpus.root, "data/actors/hostile.yaml"), HOSTILE_RECORD);
  writeFileSync(join(corpus.root, ODD_RECORD), "id: odd-name\nkind: state\nname: Odd\n");
  writeFileSync(join(corpus.root, FORGED_ENTRY), "id: forged\n");
  writeFileSync(join(corpus.root, REVERSED_ENTRY), "notes\n");
});
afterAll(() => corpus.cleanup());

const validate = (format: string, env?: Record<string, string>) =>
  runCli(["validate", "--today", "2024-01-01", "--no-cache", "--format", format], {
    cwd: corpus.root,
    ...(env === undefined ? {} : { env }),
  });

/** Characters that may not reach stdout raw; line feeds are checked apart, by counting lines. */
const RAW = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;
const rawBesidesLineFeeds = (text: string) => RAW.test(text.replaceAll("\n", ""));
/** The colours picocolors writes: bold, dim, red, green, yellow, cyan, and their ends. */
const OWN_COLOURS = new RegExp(`${"\u001b"}\\[(?:1|2|22|31|32|33|36|39)m`, "g");
const lines = (text: string) => text.replace(/\n$/, "").split("\n");

/** What the loader reports of the hostile corpus, raw, as the JSON format gives it. */
const EXPECTED = [
  ["data/actors/hostile.yaml", "invalid-value", ["kind"]],
  ["data/actors/hostile.yaml", "unknown-key", ["\u001b[31mnmae"]],
  ["data/actors/hostile.yaml", "unknown-key", ["notes\n::error file=x::forged"]],
  ["data/actors/hostile.yaml", "unknown-key", ["shown\rhidden\u2028"]],
  ["data/actors/hostile.yaml", "unknown-key", ["##[error]forged"]],
  [
    "data/actors/hostile.yaml",
    "unknown-key",
    ["\u001b]8;;https://example.test\u001b\\link\u001b]8;;\u001b\\\u001b]52;c;aGk=\u0007\u200B"],
  ],
  // Never read: the loader reports such names by what they hold.
  [ODD_RECORD, "unsafe-file-name", []],
  [FORGED_ENTRY, "unsafe-file-name", []],
  [REVERSED_ENTRY, "unsafe-file-name", []],
];

/** The visible forms the text, GitHub and SARIF formats must show. */
const SHOWN = [
  "data/actors/odd<U+001B>[2Jname.yaml",
  '"state<U+202E>"',
  "<U+001B>[31mnmae",
  "notes<U+000A>::error file=x::forged",
  "shown<U+000D>hidden<U+2028>",
  "<U+0023>#[error]forged",
  "<U+001B>]8;;https://example.test<U+001B>\\link<U+001B>]8;;<U+001B>\\<U+001B>]52;c;aGk=<U+0007><U+200B>",
  "data/new<U+000A>",
  "data/notes<U+000D><U+202E>txt.md",
];

describe("leaks validate on a corpus whose keys, values and file names hold controls", () => {
  test("json: one valid document holding every value as it is, nothing raw in its text", () => {
    const run = validate("json");
    expect(run.status).toBe(1);
    expect(rawBesidesLineFeeds(run.stdout)).toBe(false);
    expect(run.stdout).not.toContain("##[");
    const report = JSON.parse(run.stdout) as { problems: Problem[] };
    expect(report.problems.map((p) => [p.file, p.code, p.path])).toEqual(EXPECTED);
    // A value quoted in a message is shown escaped by the schema itself, in every format.
    expect(report.problems[0]?.message).toContain('"state<U+202E>"');
  });

  test("text: one line per problem and the summary, every raw character as <U+XXXX>", () => {
    const run = validate("text");
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("");
    expect(rawBesidesLineFeeds(run.stdout)).toBe(false);
    expect(run.stdout).not.toContain("##[");
    const shown = lines(run.stdout);
    expect(shown).toHaveLength(EXPECTED.length + 1);
    expect(shown.every((line) => line.startsWith("✖ "))).toBe(true);
    expect(shown.at(-1)).toBe("✖ 9 errors in 4 files (10 records checked)");
    for (const form of SHOWN) expect(run.stdout).toContain(form);
    expect(shown[1]).toBe(
      '✖ data/actors/hostile.yaml:4:1 <U+001B>[31mnmae unknown-key: unknown key "<U+001B>[31mnmae" → remove it; allowed keys: id, kind, name, aliases, country, members, positions, affiliations, identifiers, notes',
    );
  });

  test("text in colour: the same lines, no escape sequence in them but the report's colours", () => {
    const run = validate("text", { FORCE_COLOR: "1" });
    expect(run.stdout).toContain("\u001b[31m✖");
    const uncoloured = run.stdout.replace(OWN_COLOURS, "");
    expect(rawBesidesLineFeeds(uncoloured)).toBe(false);
    expect(lines(uncoloured)).toEqual(lines(validate("text").stdout));
  });

  test("github: exactly one workflow command per problem, and no line break or ##[ of the data", () => {
    const run = validate("github");
    expect(run.status).toBe(1);
    expect(rawBesidesLineFeeds(run.stdout)).toBe(false);
    expect(run.stdout).not.toContain("##[");
    const shown = lines(run.stdout);
    expect(shown).toHaveLength(EXPECTED.length + 1);
    // Each line one command, whose properties end at the first `::`, ours.
    for (const line of shown.slice(0, -1)) expect(line).toMatch(/^::error [^:]*::/);
    expect(shown.at(-1)).toBe("✖ 9 errors in 4 files (10 records checked)");
    for (const form of SHOWN.filter((f) => !f.startsWith("data/")))
      expect(run.stdout).toContain(form);
    expect(shown[7]).toBe(
      "::error file=data/new<U+000A>%3A%3Aerror file=x%3A%3Aforged,title=unsafe-file-name::the name holds U+000A, a character that is invisible, moves text around or is not text: not read → rename it with letters a-z, digits and hyphens only (a record file is <id>.yaml)",
    );
  });

  test("sarif: message text as the text format shows it, artifact URIs percent-encoded", () => {
    const run = validate("sarif");
    expect(run.status).toBe(1);
    expect(rawBesidesLineFeeds(run.stdout)).toBe(false);
    expect(run.stdout).not.toContain("##[");
    const [sarifRun] = JSON.parse(run.stdout).runs;
    expect(sarifRun.results).toHaveLength(EXPECTED.length);
    const texts = sarifRun.results.map((r: { message: { text: string } }) => r.message.text);
    for (const text of texts) expect(text).not.toMatch(RAW);
    for (const form of SHOWN.filter((f) => !f.startsWith("data/")))
      expect(texts.join("\n")).toContain(form);
    const uris = sarifRun.results.map(
      (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        r.locations[0]?.physicalLocation.artifactLocation.uri,
    );
    expect(uris).toEqual([
      ...Array(6).fill("data/actors/hostile.yaml"),
      "data/actors/odd%1B%5B2Jname.yaml",
      "data/new%0A%3A%3Aerror%20file%3Dx%3A%3Aforged",
      "data/notes%0D%E2%80%AEtxt.md",
    ]);
  });
});

test("a usage error names the path it was given as the report would show it", () => {
  const run = runCli(["validate", "data/actors/no\u001b[2J\nsuch.yaml"], { cwd: corpus.root });
  expect(run.status).toBe(2);
  expect(run.stderr).toBe(
    "leaks: no such file or folder: data/actors/no<U+001B>[2J<U+000A>such.yaml\n",
  );
});
