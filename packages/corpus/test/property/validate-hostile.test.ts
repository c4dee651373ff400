import { posix } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  anyMutation,
  applyMutation,
  type Expectation,
  type Mutation,
  RECORD_FILES,
  SNAPSHOTS,
  SOURCE_FILES,
} from "./hostile-mutations.js";
import {
  complaintsAbout,
  describeRun,
  type HostileTree,
  hostileTree,
  type Report,
  type Run,
  runValidate,
} from "./hostile-tree.js";

/**
 * `leaks validate` on a copy of the real corpus with hostile changes made to it: it must end
 * by itself with 0 or 1, in bounded time and memory, without a crash on stderr, and point
 * every problem at a place in a file. With the cache, a second run must say what the first
 * said, and a run after the change is undone what a run of the untouched corpus says.
 *
 * `LEAKS_PROPERTY_RUNS` (default 10) random cases of 1 to 3 changes each, from the seed
 * `LEAKS_PROPERTY_SEED` (default fixed); a failure prints the seed of its batch, which
 * `LEAKS_PROPERTY_SEED` replays.
 */

const RUNS = Number(process.env.LEAKS_PROPERTY_RUNS ?? 10);
const SEED = Number(process.env.LEAKS_PROPERTY_SEED ?? 20_170_516);
/** Runs per test: each batch stays well inside the 10-minute limit of a test. */
const RUNS_PER_BATCH = 25;
/** Shrinking a failure runs the CLI again each time: bounded, since a hang costs 10 s a try. */
const MAX_SHRINKS = 20;
const TODAY = new Date().toISOString().slice(0, 10);

if (!(Number.isInteger(RUNS) && RUNS > 0)) throw new Error("LEAKS_PROPERTY_RUNS: a whole number");
if (!Number.isInteger(SEED)) throw new Error("LEAKS_PROPERTY_SEED: a whole number");

/**
 * off: `--no-cache`. cold: the cache on, none there yet (the run writes one). on: as cold,
 * then a second run with that cache must report the same, and a run after the change is
 * undone, still with that cache, what a run of the untouched corpus reports.
 */
type CacheMode = "off" | "cold" | "on";

let tree: HostileTree;
let baseline: Report;

beforeAll(() => {
  tree = hostileTree();
  const run = runValidate(tree.work, ["--today", TODAY, "--no-cache"]);
  const { complaints, report } = complaintsAbout(run, tree.work);
  if (complaints.length > 0 || report === undefined)
    throw new Error(`the untouched corpus: ${describeRun(run)}\n${complaints.join("\n")}`);
  baseline = report;
});

afterAll(() => tree?.remove());

/** Whether a problem's file is `file`, or lies in the folder `file`. */
function isIn(problemFile: string | undefined, file: string): boolean {
  if (problemFile === undefined) return false;
  return problemFile === file || problemFile.startsWith(`${file}/`);
}

function unmet(report: Report, expectation: Expectation): string | undefined {
  const met = report.problems.some(
    (p) =>
      p.severity === "error" &&
      (expectation.code === undefined || p.code === expectation.code) &&
      (expectation.file === undefined || isIn(p.file, expectation.file)),
  );
  if (met) return undefined;
  const wanted = [
    expectation.code === undefined ? "an error" : `a ${expectation.code} error`,
    expectation.file === undefined ? "" : ` in ${JSON.stringify(expectation.file)}`,
  ].join("");
  const found = report.problems
    .slice(0, 5)
    .map((p) => `${p.code} in ${JSON.stringify(p.file)}`)
    .join(", ");
  return `not reported: expected ${wanted} (${expectation.why}); found ${report.problems.length} problem(s)${found === "" ? "" : `: ${found}`}`;
}

/** The first problem that differs between two reports, for a failure message. */
function difference(a: Report, b: Report): string | undefined {
  const left = a.problems.map((p) => JSON.stringify(p));
  const right = b.problems.map((p) => JSON.stringify(p));
  if (left.join("\n") === right.join("\n")) return undefined;
  const i = left.findIndex((p, k) => p !== right[k]);
  const at = i === -1 ? left.length : i;
  return `${left.length} vs ${right.length} problems; first difference at #${at}: ${left[at]?.slice(0, 300) ?? "(none)"} vs ${right[at]?.slice(0, 300) ?? "(none)"}`;
}

/**
 * Applies the mutations to a fresh copy of the corpus and runs the CLI on it; returns a
 * description of what went wrong, or undefined where it survived.
 */
function survive(mutations: readonly Mutation[], cache: CacheMode): string | undefined {
  tree.reset();
  const applied = mutations.map((m) => applyMutation(m, tree.work, tree.outside));
  const args = ["--today", TODAY, ...(cache === "off" ? ["--no-cache"] : [])];
  const lines: string[] = [];
  const fail = (what: string, run: Run | undefined, complaints: readonly string[]) => {
    lines.push(
      `leaks validate did not survive (${what}):`,
      ...complaints.map((c) => `  - ${c}`),
      ...(run === undefined ? [] : [`  run: ${describeRun(run)}`]),
      `  cache: ${cache}`,
      "  mutations:",
      ...mutations.map(
        (m, i) => `    ${i + 1}. ${JSON.stringify(m)}\n       ${applied[i]?.note ?? ""}`,
      ),
    );
    return lines.join("\n");
  };

  const first = runValidate(tree.work, args);
  const checked = complaintsAbout(first, tree.work);
  if (checked.report === undefined || checked.complaints.length > 0)
    return fail(cache === "off" ? "run" : "run with no cache yet", first, checked.complaints);
  const expectation = mutations.length === 1 ? applied[0]?.expect : undefined;
  const missing = expectation === undefined ? undefined : unmet(checked.report, expectation);
  if (missing !== undefined) return fail("the change went unreported", first, [missing]);
  if (cache !== "on") return undefined;

  const again = runValidate(tree.work, args);
  const second = complaintsAbout(again, tree.work);
  if (second.report === undefined || second.complaints.length > 0)
    return fail("second run, with the cache of the first", again, second.complaints);
  const changed = difference(checked.report, second.report);
  if (changed !== undefined || again.status !== first.status)
    return fail("the cached run reports otherwise", again, [
      `exit ${first.status} then ${again.status}; ${changed ?? "same problems"}`,
    ]);

  tree.reset({ keepCache: true });
  const undone = runValidate(tree.work, args);
  const third = complaintsAbout(undone, tree.work);
  if (third.report === undefined || third.complaints.length > 0)
    return fail(
      "run after the change was undone, with the cache of the changed tree",
      undone,
      third.complaints,
    );
  const stale = difference(baseline, third.report);
  if (stale !== undefined)
    return fail("the cache of the changed tree outlived it", undone, [
      `the untouched corpus vs after undoing: ${stale}`,
    ]);
  return undefined;
}

// Each mutation on its own, once, deterministically: every failing class shows by name.

const firstIn = (prefix: string) => RECORD_FILES.find((f) => f.startsWith(prefix)) as string;
const ACTOR = firstIn("data/actors/");
const INCIDENT = firstIn("data/incidents/");
const CLAIM = firstIn("data/claims/");
const SOURCE = SOURCE_FILES[0] as string;
const SNAPSHOT = SNAPSHOTS[0] as string;

/** A record file whose id holds `letters`, for the confusions that need them. */
const withLetters = (letters: string) =>
  RECORD_FILES.find((f) => posix.basename(f, ".yaml").includes(letters)) ?? INCIDENT;

/**
 * One case of each kind of mutation, the most hostile variant of each; a link is put both in
 * data/ and in archive/, which the loader reads by different paths. The random property
 * below draws from every variant.
 */
const ONE_OF_EACH: readonly (readonly [string, Mutation])[] = [
  ["flip-byte: the high bit", { kind: "flip-byte", file: CLAIM, at: 40, mask: 0x80 }],
  ["insert-byte: a NUL", { kind: "insert-byte", file: INCIDENT, at: 60, byte: 0 }],
  ["truncate-file: half way", { kind: "truncate-file", file: SOURCE, at: 300 }],
  [
    "control-in-string: a raw NUL",
    { kind: "control-in-string", file: CLAIM, nth: 1, at: 3, text: "\u0000", raw: true },
  ],
  [
    "control-in-string: a carriage return in an id",
    { kind: "control-in-string", file: ACTOR, nth: 0, at: 0, text: "\r", raw: false },
  ],
  ["forbidden-key: __proto__", { kind: "forbidden-key", file: ACTOR, nth: 0, key: "__proto__" }],
  ["duplicate-key: nested", { kind: "duplicate-key", file: CLAIM, nth: 9 }],
  [
    "anchor-alias: an alias bomb",
    { kind: "anchor-alias", file: SOURCE, nth: 0, form: "alias-bomb" },
  ],
  [
    "deep-nesting: 10,000 [",
    { kind: "deep-nesting", file: ACTOR, depth: 10_000, style: "flow-sequence", closed: true },
  ],
  [
    "many-keys: 20,000 at the top level",
    { kind: "many-keys", file: ACTOR, keys: 20_000, style: "top-level" },
  ],
  [
    "big-file: a 2 MiB record",
    { kind: "big-file", file: CLAIM, bytes: 2 * 1024 * 1024, filler: "string" },
  ],
  [
    "rename-file: a newline in the name",
    { kind: "rename-file", file: ACTOR, name: "new\nline.yaml", encoding: "utf8" },
  ],
  [
    "extra-entry: a folder of records in data/",
    { kind: "extra-entry", place: "data/drafts/", content: "record" },
  ],
  ["symlink: a record -> /etc/hostname", { kind: "symlink", at: ACTOR, target: "/etc/hostname" }],
  [
    "symlink: a snapshot -> a copy outside the tree",
    { kind: "symlink", at: SNAPSHOT, target: "outside-copy" },
  ],
  ["fifo: in place of a snapshot", { kind: "fifo", at: SNAPSHOT }],
  ["folder-for-file: a record", { kind: "folder-for-file", file: CLAIM, withRecord: true }],
  ["snapshot-gone: truncated", { kind: "snapshot-gone", snapshot: SNAPSHOT, keep: 100 }],
  [
    "user-info-url",
    {
      kind: "user-info-url",
      file: SOURCE,
      field: "url",
      url: "https://trusted.example@other.example/",
    },
  ],
  ["confusable-id: o as 0", { kind: "confusable-id", file: withLetters("o"), how: "o-as-0" }],
];

describe("leaks validate survives hostile input", () => {
  test.each(ONE_OF_EACH)("each mutation once: %s", (_name, mutation) => {
    const failure = survive([mutation], "cold");
    if (failure !== undefined) expect.fail(failure);
  });

  const batches = Math.ceil(RUNS / RUNS_PER_BATCH);
  const scenario = fc.limitShrink(
    fc.record({
      mutations: fc.array(anyMutation, { minLength: 1, maxLength: 3 }),
      cache: fc.constantFrom<CacheMode>("off", "on"),
    }),
    MAX_SHRINKS,
  );
  for (let batch = 0; batch < batches; batch++) {
    const seed = SEED + batch;
    const runs = Math.min(RUNS_PER_BATCH, RUNS - batch * RUNS_PER_BATCH);
    test(`1 to 3 random mutations, ${RUNS} runs in all: batch ${batch}, seed ${seed}`, () => {
      fc.assert(
        fc.property(scenario, ({ mutations, cache }) => {
          const failure = survive(mutations, cache);
          if (failure !== undefined)
            throw new Error(
              `${failure}\n  replay: LEAKS_PROPERTY_SEED=${seed} LEAKS_PROPERTY_RUNS=${runs}`,
            );
        }),
        { numRuns: runs, seed },
      );
    });
  }
});
