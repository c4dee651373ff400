import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PROBLEM_CATALOGUE } from "../../src/problem-catalogue.js";
import { fixtureCorpus } from "../support/fixture-corpus.js";
import { runCli } from "../support/run-cli.js";

// The binary runs in a copy of a fixture corpus, so paths print as data/... relative to it.
let valid: ReturnType<typeof fixtureCorpus>;
let invalid: ReturnType<typeof fixtureCorpus>;
beforeAll(() => {
  valid = fixtureCorpus();
  invalid = fixtureCorpus("schema-problems");
});
afterAll(() => {
  valid.cleanup();
  invalid.cleanup();
});

// The escape that starts every ANSI colour sequence.
const CSI = "\u001b[";

const validate = (cwd: string, ...args: string[]) =>
  runCli(["validate", "--today", "2024-01-01", ...args], { cwd });

describe("leaks validate", () => {
  test("a clean corpus exits 0 with a summary line", () => {
    const run = validate(valid.root);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("✔ no problems (9 records checked)\n");
    expect(run.stderr).toBe("");
  });

  test("problems exit 1, one line each with location, path, code, message and hint", () => {
    const run = validate(invalid.root);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatchInlineSnapshot(`
      "✖ data/actors/sloppy.yaml:1:1 name missing-field: "name" is required → add "name" (string)
      ✖ data/actors/sloppy.yaml:2:7 kind invalid-value: string "country" is not allowed → use one of: "person", "state", "government", "agency", "military", "organisation", "media-outlet", "alliance", "other"
      ✖ data/actors/sloppy.yaml:3:1 nmae unknown-key: unknown key "nmae" (did you mean "name"?) → rename it to "name"
      ✖ data/actors/sloppy.yaml:4:10 aliases wrong-type: expected array, found string "Sloppy Land" → write "aliases" as array
      ✖ data/actors/sloppy.yaml:7:11 positions[0].from invalid-date: string "2020-02-30": not a calendar date, or a range whose end comes before its start → fix "from"
      ✖ 5 errors in 1 file (10 records checked)
      "
    `);
  });

  test("colour on request (FORCE_COLOR), never with NO_COLOR or --no-color", () => {
    const coloured = validate(invalid.root, "--format", "text");
    expect(coloured.stdout).not.toContain(CSI);
    const forced = runCli(["validate"], { cwd: invalid.root, env: { FORCE_COLOR: "1" } });
    expect(forced.stdout).toContain(`${CSI}31m✖`);
    const noColor = runCli(["validate"], {
      cwd: invalid.root,
      env: { FORCE_COLOR: "1", NO_COLOR: "1" },
    });
    expect(noColor.stdout).not.toContain(CSI);
    const flag = runCli(["--no-color", "validate"], {
      cwd: invalid.root,
      env: { FORCE_COLOR: "1" },
    });
    expect(flag.stdout).not.toContain(CSI);
  });

  test("--format json: the problems as data, and a summary", () => {
    const run = validate(invalid.root, "--format", "json");
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.summary).toEqual({ records: 10, errors: 5, warnings: 0, files: 1 });
    expect(report.problems[2]).toEqual({
      code: "unknown-key",
      severity: "error",
      message: 'unknown key "nmae" (did you mean "name"?)',
      hint: 'rename it to "name"',
      path: ["nmae"],
      recordId: "sloppy",
      recordKind: "actor",
      file: "data/actors/sloppy.yaml",
      line: 3,
      column: 1,
    });
  });

  test("--format github: one annotation per problem", () => {
    const run = validate(invalid.root, "--format", "github");
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split("\n");
    expect(lines[2]).toBe(
      '::error file=data/actors/sloppy.yaml,line=3,col=1,title=unknown-key::nmae: unknown key "nmae" (did you mean "name"?) → rename it to "name"',
    );
    expect(lines.filter((line) => line.startsWith("::error "))).toHaveLength(5);
    expect(lines.at(-1)).toBe("✖ 5 errors in 1 file (10 records checked)");
  });

  test("--format sarif: a SARIF 2.1.0 log with rule metadata and located results", () => {
    const run = validate(invalid.root, "--format", "sarif");
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(log.version).toBe("2.1.0");
    const [sarifRun] = log.runs;
    expect(sarifRun.tool.driver.name).toBe("leaks");
    expect(sarifRun.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(
      PROBLEM_CATALOGUE.map((info) => info.code),
    );
    const result = sarifRun.results[2];
    expect(result.ruleId).toBe("unknown-key");
    expect(sarifRun.tool.driver.rules[result.ruleIndex].id).toBe("unknown-key");
    expect(result.level).toBe("error");
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "data/actors/sloppy.yaml" },
      region: { startLine: 3, startColumn: 1 },
    });
  });

  test("paths inside the data folder limit the report; the whole corpus is still checked", () => {
    const file = validate(invalid.root, "data/actors/sloppy.yaml");
    expect(file.status).toBe(1);
    expect(file.stdout.trim().split("\n")).toHaveLength(6);
    const other = validate(invalid.root, "data/actors/ruritania.yaml", "data/claims");
    expect(other.status).toBe(0);
    expect(other.stdout).toBe("✔ no problems (10 records checked)\n");
  });

  test("paths limit the report whatever form the data folder is given in", () => {
    const run = runCli(
      ["--data", `${invalid.root}/data`, "validate", `${invalid.root}/data/actors/sloppy.yaml`],
      { cwd: valid.root },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${invalid.root}/data/actors/sloppy.yaml:3:1 nmae unknown-key`);
    expect(run.stdout).toMatch(/✖ 5 errors in 1 file/);
  });

  test("a folder outside the data folder is checked as a data folder of its own", () => {
    const run = runCli(
      ["--data", "nowhere", "validate", "--today", "2024-01-01", `${invalid.root}/data`],
      {
        cwd: valid.root,
      },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/sloppy\.yaml:3:1 nmae unknown-key/);
  });

  test("usage and I/O errors exit 2", () => {
    const missingPath = validate(valid.root, "data/actors/nobody.yaml");
    expect(missingPath.status).toBe(2);
    expect(missingPath.stderr).toBe("leaks: no such file or folder: data/actors/nobody.yaml\n");
    const outsideFile = validate(valid.root, "archive/example-report.txt");
    expect(outsideFile.status).toBe(2);
    expect(outsideFile.stderr).toMatch(/not inside the data folder/);
    const noData = runCli(["--data", "missing", "validate"], { cwd: valid.root });
    expect(noData.status).toBe(2);
    expect(noData.stderr).toMatch(/^leaks: cannot read the data folder missing/);
    expect(validate(valid.root, "--format", "xml").status).toBe(2);
    expect(runCli(["validate", "--today", "May 2017"], { cwd: valid.root }).status).toBe(2);
    expect(runCli(["valdate"], { cwd: valid.root }).status).toBe(2);
    expect(runCli([], { cwd: valid.root }).status).toBe(2);
  });

  test("--help shows examples and exits 0; --version prints the package version", () => {
    const help = runCli(["validate", "--help"], { cwd: valid.root });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Examples:\n {2}\$ leaks validate\n/);
    const version = runCli(["--version"], { cwd: valid.root });
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});
