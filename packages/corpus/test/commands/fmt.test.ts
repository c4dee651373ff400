import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FIXTURES, runCli, tempCopy } from "./run-cli.js";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function messyCorpus(): string {
  const temp = tempCopy("fmt/input");
  cleanups.push(temp.remove);
  return temp.dir;
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
const BROKEN_LINE = `✖ ${BROKEN}:4:1 yaml-syntax: Missing closing "quote → fix the YAML; leaks fmt leaves a file alone until it parses`;

describe("leaks fmt --check", () => {
  it("lists the files that would change, exits 1 and writes nothing", () => {
    const dir = messyCorpus();
    const before = filesUnder(dir);
    const run = runCli(["--data", "data", "fmt", "--check"], dir);
    expect(run.stdout).toBe(
      [
        "data/claims/messy-leak/briefing-shared.yaml",
        BROKEN_LINE,
        "data/incidents/messy-leak.yaml",
        "data/sources/example-report.yaml",
        "✖ 3 of 5 files not formatted: run leaks fmt to format them",
        "✖ 1 file could not be parsed and was left unchanged",
        "",
      ].join("\n"),
    );
    expect(run.code).toBe(1);
    expect(filesUnder(dir)).toEqual(before);
  });

  it("exits 0 on files already formatted", () => {
    const dir = messyCorpus();
    const run = runCli(["fmt", "--check", "data/actors/ruritania.yaml"], dir);
    expect(run.stdout).toBe("✔ 1 file formatted\n");
    expect(run.code).toBe(0);
  });
});

describe("leaks fmt", () => {
  it("rewrites files to the canonical layout, comments kept, and lists them", () => {
    const dir = messyCorpus();
    const run = runCli(["--data", "data", "fmt"], dir);
    expect(run.stdout).toBe(
      [
        "data/claims/messy-leak/briefing-shared.yaml",
        BROKEN_LINE,
        "data/incidents/messy-leak.yaml",
        "data/sources/example-report.yaml",
        "✔ 3 files formatted, 1 already formatted",
        "✖ 1 file could not be parsed and was left unchanged",
        "",
      ].join("\n"),
    );
    expect(run.code).toBe(1);
    const after = filesUnder(dir);
    const expected = filesUnder(join(FIXTURES, "fmt/expected"));
    for (const [file, text] of expected) expect(after.get(file), file).toBe(text);
    // A file that does not parse is never rewritten.
    expect(after.get(BROKEN)).toBe(readFileSync(join(FIXTURES, "fmt/input", BROKEN), "utf8"));
  });

  it("leaves nothing to change after a run", () => {
    const dir = messyCorpus();
    runCli(["fmt", "data/incidents", "data/sources"], dir);
    const run = runCli(["fmt", "--check", "data/incidents", "data/sources"], dir);
    expect(run.stdout).toBe("✔ 2 files formatted\n");
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

  it("reports a path that does not exist as a usage error", () => {
    const dir = messyCorpus();
    const run = runCli(["fmt", "data/nowhere"], dir);
    expect(run.stderr).toBe("leaks: no such file or folder: data/nowhere\n");
    expect(run.code).toBe(2);
  });

  it("finds the real corpus formatted", () => {
    // Run inside the repository, `leaks` defaults to the package's own data folder.
    const run = runCli(["fmt", "--check"], FIXTURES);
    expect(run.stdout).toMatch(/^✔ \d+ files formatted\n$/);
    expect(run.code).toBe(0);
  });

  it("has help with examples", () => {
    const run = runCli(["fmt", "--help"], FIXTURES);
    expect(run.stdout).toContain("Usage: leaks fmt [options] [paths...]");
    expect(run.stdout).toContain("$ leaks fmt --check");
    expect(run.code).toBe(0);
  });
});
