import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import type { Corpus } from "../corpora.js";
import {
  JSON_SCHEMA_DIR,
  LEAKS_BIN,
  PARSE_FLOOR_SCRIPT,
  PEER_SCRIPT,
  YAML_FLOOR_SCRIPT,
} from "../repo.js";
import { type Summary, summarise } from "../stats.js";
import { type ProcessRun, runProcess } from "./process.js";

const NODE = process.execPath;

/** The CLI under measurement: the package's own, or a private copy (see copyCli). */
let cli = LEAKS_BIN;
/** The JSON Schemas the peer validates against: the package's own, or those of the copy. */
let jsonSchemas = JSON_SCHEMA_DIR;
export function useCli(path: string, schemas: string = jsonSchemas): void {
  cli = path;
  jsonSchemas = schemas;
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

/**
 * The peer: the generic js-yaml + ajv pipeline of bench/scripts/validate-peer.mjs, against the
 * project's JSON Schemas. The corpus is valid by construction, so it must find no error.
 */
export function peerArgs(corpus: Corpus): string[] {
  return [PEER_SCRIPT, corpus.paths.data, jsonSchemas];
}

async function peerOnce(corpus: Corpus): Promise<ProcessRun> {
  const run = await runProcess(NODE, peerArgs(corpus), { cwd: corpus.root, maxOutput: 64 * 1024 });
  if (run.code !== 0)
    throw new Error(
      `the peer (js-yaml + ajv) exited with ${run.code} on a valid corpus: the generated records and the JSON Schemas disagree:\n${run.stdout.slice(0, 3000)}\n${run.stderr.slice(0, 3000)}`,
    );
  return run;
}

/** A whole process's figures over several runs. */
export interface RunFigures {
  readonly wallS: Summary;
  readonly peakMib: Summary | undefined;
  readonly cpuS: Summary | undefined;
  /** What the last run said of the corpus. */
  readonly output: string;
}

export type ValidateFigures = RunFigures;

class Figures {
  readonly #wall: number[] = [];
  readonly #peak: number[] = [];
  readonly #cpu: number[] = [];
  output = "";
  add(run: ProcessRun): void {
    this.#wall.push(run.wallMs / 1000);
    if (run.peakRssMib !== undefined) this.#peak.push(run.peakRssMib);
    if (run.cpuS !== undefined) this.#cpu.push(run.cpuS);
  }
  summary(): RunFigures {
    const runs = this.#wall.length;
    return {
      wallS: summarise(this.#wall),
      peakMib: this.#peak.length === runs ? summarise(this.#peak) : undefined,
      cpuS: this.#cpu.length === runs ? summarise(this.#cpu) : undefined,
      output: this.output,
    };
  }
}

/**
 * `leaks validate` from cold (no cache), whole process. With `peer`, each round also runs the
 * peer on the same corpus, the two in turn (which goes first alternates), so that sample i of
 * each is a pair taken at the same time: a busy spell of the machine falls on both. A peer that
 * fails its first (untimed) run is left out, with the reason, and the validation measured alone.
 */
export async function measureValidate(
  corpus: Corpus,
  runs: number,
  options: { readonly peer?: boolean } = {},
): Promise<ValidateFigures & { readonly peer?: RunFigures | Error }> {
  clearValidateCache(corpus);
  await validateOnce(corpus);
  let withPeer: boolean | Error = options.peer === true;
  if (withPeer)
    try {
      await peerOnce(corpus);
    } catch (error) {
      withPeer = error instanceof Error ? error : new Error(String(error));
    }
  const validate = new Figures();
  const peer = new Figures();
  const validateRound = async () => {
    clearValidateCache(corpus);
    const run = await validateOnce(corpus);
    validate.add(run);
    const { summary } = JSON.parse(run.stdout) as { summary?: { records?: number } };
    validate.output = `${summary?.records ?? "?"} records checked, no problems`;
  };
  const peerRound = async () => {
    const run = await peerOnce(corpus);
    peer.add(run);
    peer.output = run.stdout.trim();
  };
  for (let i = 0; i < runs; i++) {
    if (withPeer !== true) await validateRound();
    else if (i % 2 === 0) {
      await validateRound();
      await peerRound();
    } else {
      await peerRound();
      await validateRound();
    }
  }
  clearValidateCache(corpus);
  return {
    ...validate.summary(),
    ...(withPeer === true
      ? { peer: peer.summary() }
      : withPeer === false
        ? {}
        : { peer: withPeer }),
  };
}

/**
 * What a contributor changes in a claim between two runs of the validator. Free text: `notes`,
 * the editorial notes, which no corpus rule reads; `statement`, the claim itself, which the
 * rules read for its hedges (hedge-dropped, impact-overstated). Rule-visible: `standing`,
 * reported and alleged swapped, a field the corpus rules read (impact-overstated,
 * opinion-standing, corroborated-single-origin).
 */
export type ClaimEdit = "notes" | "statement" | "standing";

/** The edits of free text: `revalidate_one_change_10k_s` is the slower of the two. */
export const FREE_TEXT_EDITS = ["notes", "statement"] as const satisfies readonly ClaimEdit[];

const REWORDING = (round: number) => `Reworded in round ${round} of the re-validation benchmark: `;
const STATEMENT_MAX = 5000;

/** Whether the edit applies to a claim as read from its file. */
export function canEditClaim(data: Record<string, unknown>, edit: ClaimEdit): boolean {
  if (edit === "notes") return typeof data.notes === "string";
  if (edit === "statement")
    return (
      typeof data.statement === "string" &&
      data.statement.length + REWORDING(999).length <= STATEMENT_MAX
    );
  return data.standing === "reported" || data.standing === "alleged";
}

/**
 * The claim after the edit: the notes or the statement prefixed with a rewording that holds no
 * hedge, possibility or fear word (so no rule's verdict moves), or the standing swapped. The
 * record stays valid and the corpus clean, whichever the edit.
 */
export function editClaimData(
  data: Record<string, unknown>,
  round: number,
  edit: ClaimEdit,
): Record<string, unknown> {
  if (!canEditClaim(data, edit)) throw new Error(`the edit ${edit} does not apply to ${data.id}`);
  if (edit === "notes")
    return { ...data, notes: `${REWORDING(round)}${data.notes}`.slice(0, 4000) };
  if (edit === "statement") return { ...data, statement: `${REWORDING(round)}${data.statement}` };
  return { ...data, standing: data.standing === "reported" ? "alleged" : "reported" };
}

function readClaim(file: string): Record<string, unknown> {
  return yaml.load(readFileSync(file, "utf8"), { schema: yaml.CORE_SCHEMA }) as Record<
    string,
    unknown
  >;
}

/**
 * Claim files spread over the corpus (not all in one folder) that the edit applies to, none of
 * them in `taken`.
 */
function claimFiles(
  corpus: Corpus,
  count: number,
  edit: ClaimEdit,
  taken: ReadonlySet<string> = new Set(),
): string[] {
  const claims = join(corpus.paths.data, "claims");
  const folders = readdirSync(claims).sort();
  const files: string[] = [];
  for (let i = 0; files.length < count && i < folders.length; i++) {
    const folder = folders[Math.floor((i * 7919) % folders.length)] as string;
    for (const name of readdirSync(join(claims, folder)).sort()) {
      const file = join(claims, folder, name);
      if (!taken.has(file) && canEditClaim(readClaim(file), edit)) {
        files.push(file);
        break;
      }
    }
  }
  return files;
}

function editClaim(file: string, round: number, edit: ClaimEdit): void {
  writeFileSync(
    file,
    yaml.dump(editClaimData(readClaim(file), round, edit), {
      schema: yaml.CORE_SCHEMA,
      noRefs: true,
      lineWidth: 100,
      quotingType: '"',
    }),
  );
}

/**
 * `leaks validate` right after another run, with one claim file changed in between: what a
 * contributor does in a loop. Each round makes each edit in turn, each to another file and each
 * timed alone, so each run sees one change; the figures are per edit.
 */
export async function measureRevalidate<E extends ClaimEdit>(
  corpus: Corpus,
  runs: number,
  edits: readonly E[],
): Promise<Record<E, Summary>> {
  const taken = new Set<string>();
  const filesOf = new Map<E, string[]>();
  for (const edit of edits) {
    const files = claimFiles(corpus, runs, edit, taken);
    if (files.length < runs) throw new Error(`only ${files.length} claims to edit (${edit})`);
    for (const file of files) taken.add(file);
    filesOf.set(edit, files);
  }
  const originals = new Map([...taken].map((file) => [file, readFileSync(file)]));
  clearValidateCache(corpus);
  const samples = new Map<E, number[]>(edits.map((edit) => [edit, []]));
  try {
    await validateOnce(corpus);
    for (let round = 0; round < runs; round++)
      for (const edit of edits) {
        editClaim(filesOf.get(edit)?.[round] as string, round, edit);
        const run = await validateOnce(corpus);
        samples.get(edit)?.push(run.wallMs / 1000);
      }
  } finally {
    for (const [file, original] of originals) writeFileSync(file, original);
    clearValidateCache(corpus);
  }
  return Object.fromEntries(
    edits.map((edit) => [edit, summarise(samples.get(edit) ?? [])]),
  ) as Record<E, Summary>;
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

/** The run after one claim changed (its notes, by default), under the profiler. */
export async function profileRevalidate(
  corpus: Corpus,
  dir: string,
  edit: ClaimEdit = "notes",
): Promise<string[]> {
  rmSync(dir, { recursive: true, force: true });
  const [file] = claimFiles(corpus, 1, edit);
  if (file === undefined) throw new Error("no claim to edit");
  const original = readFileSync(file);
  clearValidateCache(corpus);
  try {
    await validateOnce(corpus);
    editClaim(file, 0, edit);
    await validateOnce(corpus, ["--cpu-prof", "--cpu-prof-dir", dir, ...PROFILE_FLAGS]);
  } finally {
    writeFileSync(file, original);
    clearValidateCache(corpus);
  }
  return profilesIn(dir);
}
