import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { kindOfFile } from "../../src/format/record-files.js";
import { FIXTURES, runCli, tempCopy } from "./run-cli.js";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** The folder of the package's JSON Schemas, as the CLI finds it. */
const JSON_SCHEMAS = dirname(
  createRequire(import.meta.url).resolve("@leaks/schema/json-schema/actor.json"),
);
const MODELINE = "# yaml-language-server: $schema=";

/**
 * The fmt fixtures laid out as in the repository, a `schema/json-schema/` folder beside the
 * corpus, so that the modelines they are written with lead to a schema. Returns the corpus.
 */
function messyCorpus(): string {
  const temp = tempCopy();
  cleanups.push(temp.remove);
  const corpus = join(temp.dir, "corpus");
  cpSync(join(FIXTURES, "fmt/input"), corpus, { recursive: true });
  mkdirSync(join(temp.dir, "schema"));
  cpSync(JSON_SCHEMAS, join(temp.dir, "schema", "json-schema"), { recursive: true });
  return corpus;
}

/**
 * The modeline fmt writes where a file's is missing or wrong: the path from the file to the
 * JSON Schema the CLI knows, which depends on where the checkout and the temporary folder are.
 */
function writtenModeline(file: string): string {
  const kind = kindOfFile(file);
  return `${MODELINE}${relative(dirname(file), join(JSON_SCHEMAS, `${kind}.json`))}`;
}

/** An expected fixture; one without a modeline expects the one fmt computes (see above). */
function expectedText(file: string, text: string): string {
  return text.startsWith(MODELINE) ? text : `${writtenModeline(file)}\n${text}`;
}

function filesUnder(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(root, path).split("\\").join("/"), readFileSync(path, "utf8"));
    }
  };
  walk(root);
  return files;
}

const BROKEN = "data/claims/messy-leak/not-consulted.yaml";
/** The input files fmt changes, in the order it lists them (the broken one comes fifth). */
const CHANGED = [
  "data/actors/modeline-below-a-comment.yaml",
  "data/actors/no-modeline.yaml",
  "data/claims/messy-leak/briefing-shared.yaml",
  "data/claims/messy-leak/modeline-too-shallow.yaml",
  "data/incidents/messy-leak.yaml",
  "data/sources/example-report.yaml",
  "data/sources/modeline-of-another-kind.yaml",
];
const BROKEN_LINE = `✖ ${BROKEN}:4:1 yaml-syntax: Missing closing "quote → fix the YAML; leaks fmt leaves a file alone until it parses`;

describe("leaks fmt --check", () => {
  it("lists the files that would change, exits 1 and writes nothing", () => {
    const dir = messyCorpus();
    const before = filesUnder(dir);
    const run = runCli(["--data", "data", "fmt", "--check"], dir);
    expect(run.stdout).toBe(
      [
        ...CHANGED.slice(0, 4),
        BROKEN_LINE,
        ...CHANGED.slice(4),
        "✖ 7 of 9 files not formatted (nothing written): run leaks fmt to format them",
        "✖ 1 file could not be parsed and was left unchanged",
        "",
      ].join("\n"),
    );
    expect(run.code).toBe(1);
    expect(filesUnder(dir)).toEqual(before);
  });

  it("names a file whose name holds control characters as leaks validate shows it", () => {
    const dir = messyCorpus();
    const odd = "data/actors/no\u001b[2J\u202Emodeline.yaml";
    cpSync(join(dir, "data/actors/no-modeline.yaml"), join(dir, odd));
    const run = runCli(["fmt", "--check", odd], dir);
    expect(run.stdout).toBe(
      [
        "data/actors/no<U+001B>[2J<U+202E>modeline.yaml",
        "✖ 1 of 1 file not formatted (nothing written): run leaks fmt to format them",
        "",
      ].join("\n"),
    );
    expect(run.code).toBe(1);
  });

  it("exits 0 on files already formatted", () => {
    const dir = messyCorpus();
    const run = runCli(["fmt", "--check", "data/actors/ruritania.yaml"], dir);
    expect(run.stdout).toBe("✔ 1 file checked: all formatted (nothing written)\n");
    expect(run.code).toBe(0);
  });
});

describe("leaks fmt", () => {
  it("rewrites files to the canonical layout, comments kept, and lists them", () => {
    const dir = messyCorpus();
    const run = runCli(["--data", "data", "fmt"], dir);
    expect(run.stdout).toBe(
      [
        ...CHANGED.slice(0, 4),
        BROKEN_LINE,
        ...CHANGED.slice(4),
        "✔ 7 files formatted, 1 already formatted",
        "✖ 1 file could not be parsed and was left unchanged",
        "",
      ].join("\n"),
    );
    expect(run.code).toBe(1);
    const after = filesUnder(dir);
    const expected = filesUnder(join(FIXTURES, "fmt/expected"));
    expect([...expected.keys()].sort()).toEqual([...CHANGED, "data/actors/ruritania.yaml"].sort());
    for (const [file, text] of expected)
      expect(after.get(file), file).toBe(expectedText(join(dir, file), text));
    // A file that does not parse is never rewritten.
    expect(after.get(BROKEN)).toBe(readFileSync(join(FIXTURES, "fmt/input", BROKEN), "utf8"));
  });

  it("leaves nothing to change after a run", () => {
    const dir = messyCorpus();
    runCli(["fmt", "data/incidents", "data/sources"], dir);
    const run = runCli(["fmt", "--check", "data/incidents", "data/sources"], dir);
    expect(run.stdout).toBe("✔ 3 files checked: all formatted (nothing written)\n");
    expect(run.code).toBe(0);
  });

  it("puts keys in the model's order, unknown keys last, and keeps the modeline first", () => {
    const dir = messyCorpus();
    runCli(["fmt", "data/sources/example-report.yaml"], dir);
    const text = readFileSync(join(dir, "data/sources/example-report.yaml"), "utf8");
    const keys = text
      .split("\n")
      .filter((line) => /^\w+:/.test(line))
      .map((line) => line.split(":")[0]);
    expect(keys).toEqual(["id", "kind", "title", "reliability", "publsher"]);
    expect(text.split("\n")[0]).toBe(
      "# yaml-language-server: $schema=../../../schema/json-schema/source.json",
    );
  });

  it("adds the modeline where it is missing, and corrects one that leads nowhere", () => {
    const dir = messyCorpus();
    const files = [
      "data/actors/no-modeline.yaml",
      "data/claims/messy-leak/modeline-too-shallow.yaml",
      "data/sources/modeline-of-another-kind.yaml",
    ];
    runCli(["fmt", ...files], dir);
    for (const file of files) {
      const [first] = readFileSync(join(dir, file), "utf8").split("\n");
      expect(first, file).toBe(writtenModeline(join(dir, file)));
      const target = (first ?? "").slice(MODELINE.length);
      expect(readFileSync(join(dir, dirname(file), target), "utf8")).toBe(
        readFileSync(join(JSON_SCHEMAS, `${kindOfFile(file)}.json`), "utf8"),
      );
    }
  });

  it("keeps a modeline that leads to the schema of the kind, and moves it first", () => {
    const dir = messyCorpus();
    runCli(["fmt", "data/actors/modeline-below-a-comment.yaml"], dir);
    expect(readFileSync(join(dir, "data/actors/modeline-below-a-comment.yaml"), "utf8")).toBe(
      "# yaml-language-server: $schema=../../../schema/json-schema/actor.json\n" +
        "# A fictional alliance.\n" +
        "id: modeline-below-a-comment\nkind: alliance\nname: Modeline Below a Comment\n",
    );
  });

  it("leaves the modeline of a file whose kind it does not know as it is", () => {
    const dir = messyCorpus();
    mkdirSync(join(dir, "data/notes"));
    const text = "# yaml-language-server: $schema=elsewhere.json\ntitle: Not a record\n";
    writeFileSync(join(dir, "data/notes/notes.yaml"), text);
    const run = runCli(["fmt", "--check", "data/notes/notes.yaml"], dir);
    expect(run.stdout).toBe("✔ 1 file checked: all formatted (nothing written)\n");
    const none = "title: Not a record\n";
    writeFileSync(join(dir, "data/notes/notes.yaml"), none);
    runCli(["fmt", "data/notes/notes.yaml"], dir);
    expect(readFileSync(join(dir, "data/notes/notes.yaml"), "utf8")).toBe(none);
  });

  it("reports a path that does not exist as a usage error", () => {
    const dir = messyCorpus();
    const run = runCli(["fmt", "data/nowhere"], dir);
    expect(run.stderr).toBe("leaks: no such file or folder: data/nowhere\n");
    expect(run.code).toBe(2);
  });

  it("finds the real corpus formatted", () => {
    // Run inside the repository, `leaks` defaults to the package's own data folder.
    const run = runCli(["fmt", "--check"], FIXTURES);
    expect(run.stdout).toMatch(/^✔ \d+ files checked: all formatted \(nothing written\)\n$/);
    expect(run.code).toBe(0);
  });

  it("has help with examples", () => {
    const run = runCli(["fmt", "--help"], FIXTURES);
    expect(run.stdout).toContain("Usage: leaks fmt [options] [paths...]");
    expect(run.stdout).toContain("$ leaks fmt --check");
    expect(run.stdout).toContain("first the yaml-language-server modeline");
    expect(run.code).toBe(0);
  });
});
