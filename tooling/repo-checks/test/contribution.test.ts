/**
 * A contribution from start to finish, as CONTRIBUTING.md describes it: the repository's data in
 * a git repository of its own, then scripted edits a contributor makes, each checked for the
 * exact problems, their locations and the exit codes, and what `leaks diff` reports.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LEAKS_BIN, ROOT } from "./repo.js";

interface Problem {
  code: string;
  severity: string;
  file?: string;
  line?: number;
  column?: number;
  path: (string | number)[];
  recordId?: string;
}

/** A temporary folder laid out as the repository: packages/corpus and packages/schema. */
let root: string;
/** The corpus package in it, a git repository of its own, where the contributor works. */
let work: string;

function leaks(...args: string[]) {
  const result = spawnSync(process.execPath, [LEAKS_BIN, "--no-color", ...args], {
    cwd: work,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function validate(): { status: number | null; problems: Problem[] } {
  const { status, stdout } = leaks("--data", "data", "validate", "--format", "json");
  return { status, problems: (JSON.parse(stdout) as { problems: Problem[] }).problems };
}

function git(...args: string[]) {
  execFileSync("git", args, { cwd: work, stdio: "pipe" });
}

const file = (relative: string) => join(work, relative);
const read = (relative: string) => readFileSync(file(relative), "utf8");
const write = (relative: string, text: string) => writeFileSync(file(relative), text);

/** 1-based line and column of the first character after `after` on the line that holds it. */
function positionAfter(text: string, after: string): { line: number; column: number } {
  const index = text.indexOf(after);
  if (index < 0) throw new Error(`"${after}" is not in the text`);
  const before = text.slice(0, index + after.length);
  const lines = before.split("\n");
  return { line: lines.length, column: (lines[lines.length - 1] ?? "").length + 1 };
}

const NEW_ACTOR = "data/actors/example-gazette.yaml";
const NEW_SOURCE = "data/sources/example-gazette-briefing-report.yaml";
const NEW_CLAIM = "data/claims/2023-pentagon-documents-leak/example-gazette-reports-briefing.yaml";

const actorText = `id: example-gazette
kind: media-outlet
name: Example Gazette
`;

const sourceText = `id: example-gazette-briefing-report
kind: news-report
title: Allies briefed on the leak
publisher: example-gazette
published: 2023-04-12
url: https://example.org/allies-briefed
reliability:
  grade: F
  gradedBy: Leaks Dossier editors
  gradedOn: 2026-11-21
  rationale: A test outlet; its record cannot be judged.
`;

const claimText = `id: example-gazette-reports-briefing
incidents:
  - 2023-pentagon-documents-leak
statement: According to the Example Gazette, allies were briefed on the leak.
claimant:
  kind: source-author
  source: example-gazette-briefing-report
nature: reported-fact
standing: reported
credibility:
  grade: 6
  gradedBy: Leaks Dossier editors
  gradedOn: 2026-11-21
  rationale: One report by a test outlet.
appearances:
  - source: example-gazette-briefing-report
    quote: allies were briefed
`;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "leaks-contribution-"));
  work = join(root, "packages", "corpus");
  cpSync(join(ROOT, "packages", "corpus", "data"), file("data"), { recursive: true });
  cpSync(join(ROOT, "packages", "corpus", "archive"), file("archive"), { recursive: true });
  // Where the records' modelines lead: the JSON Schemas beside the corpus, as in the repository.
  cpSync(
    join(ROOT, "packages", "schema", "json-schema"),
    join(root, "packages", "schema", "json-schema"),
    { recursive: true },
  );
  git("init", "-q", "-b", "main");
  git("config", "user.email", "contributor@example.org");
  git("config", "user.name", "A contributor");
  git("add", "-A");
  git("commit", "-q", "-m", "The corpus as it is");
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe("a contribution, step by step", () => {
  it("starts from a clean corpus", () => {
    const { status, problems } = validate();
    expect(problems).toEqual([]);
    expect(status).toBe(0);
  });

  it("adds an actor, a source and a claim, and validates clean", () => {
    write(NEW_ACTOR, actorText);
    write(NEW_SOURCE, sourceText);
    write(NEW_CLAIM, claimText);
    const { status, problems } = validate();
    expect(problems).toEqual([]);
    expect(status).toBe(0);
  });

  it("a misspelled key is located at the key, with the key it meant", () => {
    const broken = claimText.replace("  - source: example-gazette", "  - sorce: example-gazette");
    write(NEW_CLAIM, broken);
    const { status, problems } = validate();
    expect(status).toBe(1);
    const unknown = problems.find((p) => p.code === "unknown-key");
    expect(unknown).toMatchObject({
      file: join(
        "data",
        "claims",
        "2023-pentagon-documents-leak",
        "example-gazette-reports-briefing.yaml",
      ),
      ...positionAfter(broken, "appearances:\n  - "),
      path: ["appearances", 0, "sorce"],
    });
    const text = leaks("--data", "data", "validate").stdout;
    expect(text).toContain('unknown key "sorce" (did you mean "source"?)');
    write(NEW_CLAIM, claimText);
  });

  it("a broken reference is located at the value, with a suggestion", () => {
    const broken = claimText.replace(
      "  - source: example-gazette-briefing-report",
      "  - source: example-gazette-briefing-reprot",
    );
    write(NEW_CLAIM, broken);
    const { status, problems } = validate();
    expect(status).toBe(1);
    expect(problems).toContainEqual(
      expect.objectContaining({
        code: "unknown-reference",
        path: ["appearances", 0, "source"],
        ...positionAfter(broken, "appearances:\n  - source: "),
      }),
    );
    expect(leaks("--data", "data", "validate").stdout).toContain(
      'did you mean "example-gazette-briefing-report"?',
    );
    write(NEW_CLAIM, claimText);
  });

  it("an altered quote from an archived source is located at the quote", () => {
    const claim = "data/claims/2017-oval-office-disclosure/oval-office-intel-israeli-sourced.yaml";
    const original = read(claim);
    const altered = original.replace(
      "quote: is reportedly from Israel",
      "quote: is reportedly from Iran",
    );
    expect(altered).not.toBe(original);
    write(claim, altered);
    const { status, problems } = validate();
    expect(status).toBe(1);
    expect(problems).toEqual([
      expect.objectContaining({
        code: "quote-not-in-snapshot",
        recordId: "oval-office-intel-israeli-sourced",
        path: ["appearances", 0, "quote"],
        ...positionAfter(altered, "    quote: "),
      }),
    ]);
    write(claim, original);
  });

  it("a claim marked confirmed on one source is refused at its standing", () => {
    const confirmed = claimText.replace("standing: reported", "standing: confirmed");
    write(NEW_CLAIM, confirmed);
    const { status, problems } = validate();
    expect(status).toBe(1);
    expect(problems.map((p) => p.code)).toContain("corroborated-single-origin");
    expect(problems.find((p) => p.code === "corroborated-single-origin")).toMatchObject({
      path: ["standing"],
      ...positionAfter(confirmed, "standing: "),
    });
    write(NEW_CLAIM, claimText);
  });

  it("ends clean, formatted, and leaks diff reports what was added and changed", () => {
    expect(validate()).toEqual({ status: 0, problems: [] });
    // Files written by hand lack the modeline that points editors at the schema: fmt adds it.
    const check = leaks("--data", "data", "fmt", "--check");
    expect(check.stdout.split("\n").filter((line) => line.startsWith("data/"))).toEqual([
      NEW_ACTOR,
      NEW_CLAIM,
      NEW_SOURCE,
    ]);
    expect(check.status).toBe(1);
    expect(leaks("--data", "data", "fmt").status).toBe(0);
    for (const [path, kind] of [
      [NEW_ACTOR, "actor"],
      [NEW_SOURCE, "source"],
      [NEW_CLAIM, "claim"],
    ] as const) {
      const modeline = /^# yaml-language-server: \$schema=(\S+)\n/.exec(read(path))?.[1] ?? "";
      expect(modeline, path).toMatch(new RegExp(`/json-schema/${kind}\\.json$`));
      expect(existsSync(join(dirname(file(path)), modeline)), path).toBe(true);
    }
    const fmt = leaks("--data", "data", "fmt", "--check");
    expect(fmt.status, fmt.stdout + fmt.stderr).toBe(0);

    const edited =
      "data/claims/2023-pentagon-documents-leak/ukrainian-lawmaker-leak-not-big-issue.yaml";
    write(
      edited,
      read(edited).replace("locator: paragraph 11 of the details", "locator: paragraph 11"),
    );
    const diff = leaks("--data", "data", "diff", "main", "--format", "json");
    expect(diff.status, diff.stderr).toBe(0);
    const report = JSON.parse(diff.stdout) as {
      added: { kind: string; id: string }[];
      removed: unknown[];
      changed: { kind: string; id: string; fields: string[] }[];
    };
    expect(report.added).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "actor", id: "example-gazette" }),
        expect.objectContaining({ kind: "source", id: "example-gazette-briefing-report" }),
        expect.objectContaining({ kind: "claim", id: "example-gazette-reports-briefing" }),
      ]),
    );
    expect(report.added).toHaveLength(3);
    expect(report.removed).toEqual([]);
    expect(report.changed).toEqual([
      expect.objectContaining({ kind: "claim", id: "ukrainian-lawmaker-leak-not-big-issue" }),
    ]);
    expect(report.changed[0]?.fields.join(" ")).toContain("appearances");

    const markdown = leaks("--data", "data", "diff", "main");
    expect(markdown.stdout).toContain("example-gazette-reports-briefing");
  });
});
