/**
 * CONTRIBUTING.md's walk-through, run as written: its commands on a copy of the corpus, its
 * files written as shown, its edits applied, and every output it quotes compared with what the
 * commands print. The guide's text is the script: a change of message or template that the
 * guide does not follow fails here.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LEAKS_BIN, ROOT } from "./repo.js";

const HEADING = "## Walk-through: a new incident, start to finish";

interface Step {
  readonly action: "run" | "output" | "file" | "edit";
  readonly target?: string;
  readonly exit: number;
  readonly body: string;
}

/** The walk-through's steps: each marker comment and the fenced block after it, dedented. */
function walkThroughSteps(guide: string): Step[] {
  const start = guide.indexOf(`\n${HEADING}\n`);
  if (start < 0) throw new Error(`CONTRIBUTING.md has no section "${HEADING}"`);
  const end = guide.indexOf("\n## ", start + HEADING.length + 2);
  const section = guide.slice(start, end < 0 ? undefined : end);
  const marker =
    /<!-- walkthrough: (run|output|file|edit)(?: (?!exit=)(\S+))?(?: exit=(\d+))? -->\n\n([ ]*)```\w*\n([\s\S]*?)\n[ ]*```/g;
  return [...section.matchAll(marker)].map((m) => {
    const indent = m[4] ?? "";
    const body = (m[5] ?? "")
      .split("\n")
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()))
      .join("\n");
    return {
      action: m[1] as Step["action"],
      ...(m[2] === undefined ? {} : { target: m[2] }),
      exit: Number(m[3] ?? 0),
      body,
    };
  });
}

/** Counts that grow with the corpus are not the guide's to keep up to date. */
const normalise = (text: string) =>
  text
    .trim()
    .replace(/\(\d+ records checked\)/g, "(N records checked)")
    .replace(/✔ \d+ files checked/g, "✔ N files checked");

let root: string;

function run(command: string) {
  const match = /^pnpm leaks (.+)$/.exec(command);
  if (!match) throw new Error(`the walk-through runs only pnpm leaks commands: ${command}`);
  const args = (match[1] ?? "").split(/\s+/);
  const result = spawnSync(
    process.execPath,
    [LEAKS_BIN, "--no-color", "--data", "packages/corpus/data", ...args],
    // As `pnpm leaks` runs it from the repository's root.
    { cwd: root, encoding: "utf8", env: { ...process.env, npm_lifecycle_event: "leaks" } },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const guide = readFileSync(join(ROOT, "CONTRIBUTING.md"), "utf8");
const steps = walkThroughSteps(guide);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "leaks-walk-through-"));
  for (const folder of [
    "packages/corpus/data",
    "packages/corpus/archive",
    "packages/schema/json-schema",
  ])
    cpSync(join(ROOT, folder), join(root, folder), { recursive: true });
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe("CONTRIBUTING.md's walk-through", () => {
  it("has commands, files, edits and the outputs they print", () => {
    const count = (action: Step["action"]) => steps.filter((s) => s.action === action).length;
    expect(count("run")).toBeGreaterThanOrEqual(3);
    expect(count("file")).toBeGreaterThanOrEqual(4);
    expect(count("edit")).toBeGreaterThanOrEqual(1);
    expect(count("output")).toBe(count("run"));
  });

  it("runs as written on a copy of the corpus, printing what it says", () => {
    let printed: string | undefined;
    for (const [i, step] of steps.entries()) {
      const where = `step ${i + 1} (${step.action}${step.target ? ` ${step.target}` : ""})`;
      switch (step.action) {
        case "run": {
          const outputs: string[] = [];
          for (const command of step.body.split("\n").filter((line) => line.trim() !== "")) {
            const { status, output } = run(command.trim());
            expect(status, `${where}: ${command}\n${output}`).toBe(step.exit);
            outputs.push(output.trimEnd());
          }
          printed = outputs.join("\n");
          break;
        }
        case "output":
          expect(printed, `${where}: an output must follow a run`).toBeDefined();
          expect(normalise(printed ?? ""), where).toBe(normalise(step.body));
          printed = undefined;
          break;
        case "file": {
          const path = join(root, step.target ?? "");
          mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, `${step.body}\n`);
          break;
        }
        case "edit": {
          const path = join(root, step.target ?? "");
          let text = readFileSync(path, "utf8");
          const lines = step.body.split("\n");
          for (let j = 0; j + 1 < lines.length; j += 2) {
            const before = (lines[j] ?? "").replace(/^-/, "");
            const after = (lines[j + 1] ?? "").replace(/^\+/, "");
            expect(text.split(`${before}\n`).length - 1, `${where}: "${before}" once`).toBe(1);
            text = text.replace(`${before}\n`, `${after}\n`);
          }
          writeFileSync(path, text);
          break;
        }
      }
    }
    expect(printed, "the last run's output is quoted").toBeUndefined();
  });
});
