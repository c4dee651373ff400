import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import type { Corpus } from "../corpora.js";
import { LEAKS_BIN, PARSE_FLOOR_SCRIPT, YAML_FLOOR_SCRIPT } from "../repo.js";
import { type Summary, summarise } from "../stats.js";
import { type ProcessRun, runProcess } from "./process.js";

const NODE = process.execPath;

/** The CLI under measurement: the package's own, or a private copy (see copyCli). */
let cli = LEAKS_BIN;
export function useCli(path: string): void {
  cli = path;
}

/** Where a validator may keep a cache, relative to the corpus root (its working directory). */
const CACHE_DIRS = [".leaks-cache", "node_modules/.cache/leaks", "data/.leaks-cache"];

export function clearValidateCache(corpus: Corpus): void {
  for (const dir of CACHE_DIRS) rmSync(join(corpus.root, dir), { recursive: true, force: true });
}

export function validateArgs(corpus: Corpus): string[] {
  // JSON, to check that nothing at all is reported: the corpus is valid by construction.
  return [cli, "--data", corpus.paths.data, "--no-color", "validate", "--format", "json"];
}

async function validateOnce(
  corpus: Corpus,
  nodeFlags: readonly string[] = [],
): Promise<ProcessRun> {
  const run = await runProcess(NODE, [...nodeFlags, ...validateArgs(corpus)], {
    cwd: corpus.root,
    env: { ...process.env, NO_COLOR: "1" },
    maxOutput: 64 * 1024,
  });
  // The corpus is valid by construction: any other answer is a bug to see, not a time to keep.
  let reported: number | undefined;
  try {
    reported = (JSON.parse(run.stdout) as { problems: unknown[] }).problems.length;
  } catch {
    reported = undefined;
  }
  if (run.code !== 0 || reported !== 0)
    throw new Error(
      `leaks validate exited with ${run.code} on a valid corpus:\n${run.stdout.slice(0, 3000)}\n${run.stderr.slice(0, 3000)}`,
    );
  return run;
}

/** Read + JSON.parse of the corpus written as JSON: the floor. */
export function measureParseFloor(corpus: Corpus, runs: number): Promise<Summary> {
  return measureScript([PARSE_FLOOR_SCRIPT, corpus.paths.json, corpus.paths.archive], runs);
}

/** Read + js-yaml of the YAML tree, no validation: what YAML alone costs over the floor. */
export function measureYamlFloor(corpus: Corpus, runs: number): Promise<Summary> {
  return measureScript([YAML_FLOOR_SCRIPT, corpus.paths.data, corpus.paths.archive], runs);
}

async function measureScript(args: readonly string[], runs: number): Promise<Summary> {
  // One untimed run first: every figure is taken with the files in the page cache.
  await runProcess(NODE, args);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await runProcess(NODE, args);
    if (run.code !== 0) throw new Error(`${args[0]} failed: ${run.stderr}`);
    samples.push(run.wallMs / 1000);
  }
  return summarise(samples);
}

export interface ValidateFigures {
  readonly wallS: Summary;
  readonly peakMib: Summary | undefined;
  readonly cpuS: Summary | undefined;
  readonly output: string;
}

/** `leaks validate` from cold (no cache), whole process. */
export async function measureValidate(corpus: Corpus, runs: number): Promise<ValidateFigures> {
  clearValidateCache(corpus);
  await validateOnce(corpus);
  const wall: number[] = [];
  const peak: number[] = [];
  const cpu: number[] = [];
  let output = "";
  for (let i = 0; i < runs; i++) {
    clearValidateCache(corpus);
    const run = await validateOnce(corpus);
    wall.push(run.wallMs / 1000);
    if (run.peakRssMib !== undefined) peak.push(run.peakRssMib);
    if (run.cpuS !== undefined) cpu.push(run.cpuS);
    const { summary } = JSON.parse(run.stdout) as { summary?: { records?: number } };
    output = `${summary?.records ?? "?"} records checked, no problems`;
  }
  clearValidateCache(corpus);
  return {
    wallS: summarise(wall),
    peakMib: peak.length === runs ? summarise(peak) : undefined,
    cpuS: cpu.length === runs ? summarise(cpu) : undefined,
    output,
  };
}

/**
 * Claim files spread over the corpus (not all in one folder) that the edit applies to: with
 * notes to reword, or a standing that can flip.
 */
function claimFiles(corpus: Corpus, count: number, edit: ClaimEdit): string[] {
  const editable = edit === "notes" ? /^notes: /m : /^standing: (reported|alleged)$/m;
  const claims = join(corpus.paths.data, "claims");
  const folders = readdirSync(claims).sort();
  const files: string[] = [];
  for (let i = 0; files.length < count && i < folders.length; i++) {
    const folder = folders[Math.floor((i * 7919) % folders.length)] as string;
    for (const name of readdirSync(join(claims, folder)).sort()) {
      const file = join(claims, folder, name);
      if (editable.test(readFileSync(file, "utf8"))) {
        files.push(file);
        break;
      }
    }
  }
  return files;
}

/** What a contributor changes in a claim between two runs of the validator. */
export type ClaimEdit = "notes" | "standing";

/**
 * `notes`: the claim's editorial notes reworded (free text no corpus rule reads; a statement is
 * read, for its hedges). `standing`: reported and alleged swapped (a field the corpus rules
 * read). The record stays valid either way.
 */
function editClaim(file: string, round: number, edit: ClaimEdit): void {
  const data = yaml.load(readFileSync(file, "utf8"), { schema: yaml.CORE_SCHEMA }) as Record<
    string,
    unknown
  >;
  if (edit === "notes")
    data.notes =
      `Reworded in round ${round} of the re-validation benchmark: ${String(data.notes)}`.slice(
        0,
        4000,
      );
  else data.standing = data.standing === "reported" ? "alleged" : "reported";
  writeFileSync(
    file,
    yaml.dump(data, { schema: yaml.CORE_SCHEMA, noRefs: true, lineWidth: 100, quotingType: '"' }),
  );
}

/**
 * `leaks validate` right after another run, with one claim file changed in between: what a
 * contributor does in a loop. Each round edits another file, so each run sees one change.
 */
export async function measureRevalidate(
  corpus: Corpus,
  runs: number,
  edit: ClaimEdit,
): Promise<Summary> {
  const files = claimFiles(corpus, runs, edit);
  if (files.length < runs) throw new Error(`only ${files.length} claims to edit`);
  const originals = files.map((file) => readFileSync(file));
  clearValidateCache(corpus);
  const samples: number[] = [];
  try {
    await validateOnce(corpus);
    for (const [round, file] of files.entries()) {
      editClaim(file, round, edit);
      const run = await validateOnce(corpus);
      samples.push(run.wallMs / 1000);
    }
  } finally {
    for (const [i, file] of files.entries()) writeFileSync(file, originals[i] as Buffer);
    clearValidateCache(corpus);
  }
  return summarise(samples);
}

const PROFILE_FLAGS = ["--cpu-prof-interval", "500"];

function profilesIn(dir: string): string[] {
  const profiles = readdirSync(dir).filter((name) => name.endsWith(".cpuprofile"));
  if (profiles.length === 0) throw new Error(`no .cpuprofile written to ${dir}`);
  return profiles.sort().map((name) => join(dir, name));
}

/** One validate run from cold under the V8 profiler; returns the .cpuprofile of each thread. */
export async function profileValidate(corpus: Corpus, dir: string): Promise<string[]> {
  rmSync(dir, { recursive: true, force: true });
  clearValidateCache(corpus);
  await validateOnce(corpus, ["--cpu-prof", "--cpu-prof-dir", dir, ...PROFILE_FLAGS]);
  clearValidateCache(corpus);
  return profilesIn(dir);
}

/** The run after one claim's notes changed, under the profiler. */
export async function profileRevalidate(corpus: Corpus, dir: string): Promise<string[]> {
  rmSync(dir, { recursive: true, force: true });
  const [file] = claimFiles(corpus, 1, "notes");
  if (file === undefined) throw new Error("no claim to edit");
  const original = readFileSync(file);
  clearValidateCache(corpus);
  try {
    await validateOnce(corpus);
    editClaim(file, 0, "notes");
    await validateOnce(corpus, ["--cpu-prof", "--cpu-prof-dir", dir, ...PROFILE_FLAGS]);
  } finally {
    writeFileSync(file, original);
    clearValidateCache(corpus);
  }
  return profilesIn(dir);
}
