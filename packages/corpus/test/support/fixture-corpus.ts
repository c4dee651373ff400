import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { type Problem, visibleText } from "@leaks/schema";

export const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));
export const VALID = join(FIXTURES, "valid");
export const INVALID = join(FIXTURES, "invalid");
export const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * A corpus on disk for one case: the valid fixture corpus with the case's files laid over it
 * (each invalid case holds only the files that break it). Returns the folder holding data/
 * and archive/; `cleanup` removes it.
 */
export function fixtureCorpus(invalidCase?: string): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), "leaks-fixture-"));
  cpSync(VALID, root, { recursive: true });
  if (invalidCase !== undefined) cpSync(join(INVALID, invalidCase), root, { recursive: true });
  rmSync(join(root, "expected.txt"), { force: true });
  makeEntries(root);
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * `data/actors/x.yaml:3:1 code`, with the file relative to `root`: how expectations are written
 * (a control or invisible character of a file name as `<U+XXXX>`, as the report shows it).
 */
export function problemLine(problem: Problem<string>, root: string): string {
  const file =
    problem.file === undefined ? "(corpus)" : relative(root, problem.file).split("\\").join("/");
  const suffix = problem.file?.endsWith("/") ? "/" : "";
  const at = problem.line === undefined ? "" : `:${problem.line}:${problem.column}`;
  return `${visibleText(file)}${suffix}${at} ${problem.code}`;
}

/**
 * What git cannot hold portably, described in a case's `make.json` and made at test time:
 * `links` (path -> target, `<root>` standing for the corpus folder), `fifos` (paths), `files`
 * (path -> content; JSON escapes give names with control or invisible characters) and
 * `remove` (paths of the valid corpus to take away first).
 */
function makeEntries(root: string): void {
  const spec = join(root, "make.json");
  if (!existsSync(spec)) return;
  const make = JSON.parse(readFileSync(spec, "utf8")) as {
    remove?: string[];
    links?: Record<string, string>;
    fifos?: string[];
    files?: Record<string, string>;
  };
  rmSync(spec);
  const at = (path: string) => {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    return full;
  };
  for (const path of make.remove ?? []) rmSync(join(root, path), { recursive: true });
  for (const [path, target] of Object.entries(make.links ?? {}))
    symlinkSync(target.replace("<root>", root), at(path));
  for (const path of make.fifos ?? []) execFileSync("mkfifo", [at(path)]);
  for (const [path, content] of Object.entries(make.files ?? {})) writeFileSync(at(path), content);
}
