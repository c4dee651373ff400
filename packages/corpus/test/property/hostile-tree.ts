import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Problem, ProblemSchema } from "@leaks/schema";
import { PACKAGE_ROOT } from "../support/fixture-corpus.js";
import { BIN } from "../support/run-cli.js";

/** What one run of `leaks validate` may take, whatever the data. */
export const LIMITS = {
  /**
   * A hang: killed after this much CPU time (all its threads; the kernel's RLIMIT_CPU). A run of
   * the real corpus takes about a second of it. CPU time, not wall time, so that a busy machine
   * (CI shares two cores with everything else) never makes a run look like a hang.
   */
  seconds: 10,
  /**
   * The backstop for a run that hangs without using the CPU (blocked on a FIFO, say): killed
   * after this long on the clock, which no loaded machine comes near for these small corpora.
   */
  wallSeconds: 120,
  /** `--max-old-space-size` of the child: an unbounded allocation on the heap crashes it. */
  heapMiB: 256,
  /**
   * Most memory the child may hold (its peak RSS): the heap above, the code, and room for
   * buffers. A run of the real corpus peaks below 100 MiB; more than this is memory that
   * grows with the input outside the heap.
   */
  rssMiB: 448,
} as const;

/**
 * Problems about an entry as a whole, which have a file but no line or column: there is no
 * line of content to point at.
 */
export const FILE_LEVEL_CODES: ReadonlyMap<string, string> = new Map([
  [
    "unknown-entry",
    "an entry the data tree does not expect: its name, place or type is the problem, and it may be a folder, a link or a FIFO, which have no lines",
  ],
  ["wrong-extension", "the file's name is the problem, not its content"],
  ["unsafe-file-name", "the name is the problem: the entry is never read"],
  [
    "not-a-regular-file",
    "a link, FIFO or device, refused for what it is without being opened: it has no lines",
  ],
  ["unreadable-file", "the content could not be read, so there is no line to point at"],
]);

/** Where `leaks validate` keeps its cache beside a data folder with no node_modules there. */
export const CACHE_FOLDER = ".leaks-cache";

/** A marker no record or snapshot holds: it is written only outside the tree. */
export const CANARY = "LEAKS-PROPERTY-CANARY-outside-the-tree";

/**
 * A copy of the real corpus in a temporary folder, made once: `work` is where the CLI runs
 * (it holds data/ and archive/, and the cache beside them), `pristine` the copy it is reset
 * from, `outside` what links may point at, outside the tree.
 */
export interface HostileTree {
  readonly root: string;
  readonly work: string;
  readonly pristine: string;
  readonly outside: string;
  /**
   * Puts `work` back as `pristine` is, removing whatever a mutation or a run left; with
   * `keepCache`, the cache folder a run left stays (where it is a folder), for the next run.
   */
  reset(options?: { keepCache?: boolean }): void;
  remove(): void;
}

export function hostileTree(): HostileTree {
  const root = mkdtempSync(join(tmpdir(), "leaks-hostile-"));
  const pristine = join(root, "pristine");
  const work = join(root, "work");
  const outside = join(root, "outside");
  for (const folder of ["data", "archive"])
    cpSync(join(PACKAGE_ROOT, folder), join(pristine, folder), { recursive: true });
  mkdirSync(join(outside, "folder"), { recursive: true });
  writeFileSync(join(outside, "canary.txt"), `${CANARY}\n${CANARY} second line\n`);
  writeFileSync(join(outside, "folder", "canary.yaml"), `id: canary\nnotes: ${CANARY}\n`);
  const reset = (options: { keepCache?: boolean } = {}) => {
    mkdirSync(work, { recursive: true });
    for (const entry of readdirSync(work, { withFileTypes: true })) {
      if (options.keepCache === true && entry.name === CACHE_FOLDER && entry.isDirectory())
        continue;
      rmSync(join(work, entry.name), { recursive: true, force: true });
    }
    cpSync(pristine, work, { recursive: true });
  };
  reset();
  return {
    root,
    work,
    pristine,
    outside,
    reset,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

export interface Run {
  readonly args: readonly string[];
  /** Exit code; null where the child was killed by a signal. */
  readonly status: number | null;
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  /** Killed for using more than `LIMITS.seconds` of CPU, or `LIMITS.wallSeconds` on the clock. */
  readonly timedOut: boolean;
  /** Peak RSS of the child, where `/usr/bin/time` could measure it. */
  readonly maxRssKiB?: number;
  /** What `/usr/bin/time` said besides the number (e.g. "Command terminated by signal 9"). */
  readonly timeNote?: string;
}

const TIME = "/usr/bin/time";
const SHELL = "/bin/sh";
const TIMEOUT = ["/usr/bin/timeout", "/bin/timeout"].find((path) => existsSync(path));
/**
 * The child's peak RSS is measured by GNU time where it is installed. spawnSync's own
 * `timeout` kills only its direct child, which would then be `time`, leaving node running
 * (blocked on a FIFO for ever); so under `time` the kill is coreutils' `timeout`, which
 * signals node's whole process group, and spawnSync's timeout stays as a backstop. Without
 * them, node is spawned directly, killed by spawnSync's timeout, and the RSS is not checked.
 */
const MEASURED = existsSync(TIME) && TIMEOUT !== undefined;

/** Runs the built `leaks validate --format json` in `cwd`, bounded in time and memory. */
export function runValidate(cwd: string, extraArgs: readonly string[]): Run {
  const args = ["--data", "data", "validate", "--format", "json", ...extraArgs];
  return { ...runBounded(cwd, [BIN, ...args]), args };
}

/**
 * Runs node with `nodeArgs` in `cwd`, bounded: `cpuSeconds` of CPU time (RLIMIT_CPU), the wall
 * clock backstop and the heap of LIMITS; the peak RSS measured where GNU time is installed.
 * The folder above `cwd` takes the RSS file.
 */
export function runBounded(
  cwd: string,
  nodeArgs: readonly string[],
  { cpuSeconds = LIMITS.seconds }: { readonly cpuSeconds?: number } = {},
): Run {
  const args = nodeArgs;
  const node = [process.execPath, `--max-old-space-size=${LIMITS.heapMiB}`, ...nodeArgs];
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  delete env.FORCE_COLOR;
  delete env.NODE_OPTIONS;
  delete env.LEAKS_DEBUG_CACHE;
  const rssFile = join(cwd, "..", "max-rss.txt");
  rmSync(rssFile, { force: true });
  // The CPU limit, set by a shell that then becomes node: past it, the kernel sends SIGXCPU.
  const limited = [SHELL, "-c", `ulimit -t ${cpuSeconds} && exec "$@"`, "sh", ...node];
  const [command, ...commandArgs] = MEASURED
    ? [
        TIME,
        "-f",
        "%M",
        "-o",
        rssFile,
        TIMEOUT as string,
        "-s",
        "KILL",
        String(LIMITS.wallSeconds),
        ...limited,
      ]
    : limited;
  const started = performance.now();
  const result = spawnSync(command as string, commandArgs, {
    cwd,
    env,
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
    timeout: (MEASURED ? LIMITS.wallSeconds + 20 : LIMITS.wallSeconds) * 1000,
    killSignal: "SIGKILL",
  });
  const ms = performance.now() - started;
  let maxRssKiB: number | undefined;
  let timeNote: string | undefined;
  if (MEASURED && existsSync(rssFile)) {
    const lines = readFileSync(rssFile, "utf8").trim().split("\n");
    const last = Number(lines.at(-1));
    // After a kill by `timeout`, the number is timeout's own: node was reaped by no one.
    if (Number.isFinite(last) && result.status !== 137) maxRssKiB = last;
    const note = lines.slice(0, -1).join(" ").trim();
    if (note !== "") timeNote = note;
  }
  // Past the CPU limit the kernel kills node (SIGKILL where the shell set the soft and hard
  // limits alike, SIGXCPU where not); under `time`, a kill shows as exit 128 + the signal.
  const killed =
    result.signal === "SIGKILL" ||
    result.signal === "SIGXCPU" ||
    (MEASURED && (result.status === 128 + 9 || result.status === 128 + 24));
  return {
    args,
    status: result.status,
    signal: result.signal,
    stdout: result.stdout ?? "",
    stderr: result.stderr ?? "",
    ms,
    timedOut: killed || (result.error as NodeJS.ErrnoException | undefined)?.code === "ETIMEDOUT",
    ...(maxRssKiB === undefined ? {} : { maxRssKiB }),
    ...(timeNote === undefined ? {} : { timeNote }),
  };
}

export interface Report {
  readonly problems: readonly Problem[];
  readonly summary: {
    readonly records: number;
    readonly errors: number;
    readonly warnings: number;
  };
}

/** Lines of a stack trace, or of an error printed by node rather than by the CLI. */
const STACK_FRAME = /(^|\n)\s+at .+:\d+:\d+\)?/;
const NODE_ERROR = /(^|\n)(\w*Error:|Uncaught|FATAL ERROR|node:internal|leaks: unexpected error)/;

function firstLines(text: string, n = 6): string {
  const lines = text.split("\n");
  const shown = lines
    .slice(0, n)
    .map((line) => (line.length > 300 ? `${line.slice(0, 300)}…` : line));
  return JSON.stringify(`${shown.join("\n")}${lines.length > n ? "\n…" : ""}`);
}

/** How a run went, for a failure message. */
export function describeRun(run: Run): string {
  return [
    `exit ${run.status ?? "none"}${run.signal === null ? "" : `, signal ${run.signal}`}${run.timedOut ? `, KILLED after ${LIMITS.seconds} s of CPU or ${LIMITS.wallSeconds} s on the clock` : ""}`,
    `${(run.ms / 1000).toFixed(2)} s`,
    run.maxRssKiB === undefined
      ? "rss not measured"
      : `max rss ${(run.maxRssKiB / 1024).toFixed(0)} MiB`,
    ...(run.timeNote === undefined ? [] : [`time: ${run.timeNote}`]),
    `stderr: ${firstLines(run.stderr)}`,
  ].join("; ");
}

/**
 * The complaints about a run: empty where it survived. It must end by itself, 0 or 1, in
 * time and memory, say nothing on stderr that a crash says, and print a report whose every
 * problem points into a file of the data folder.
 */
export function complaintsAbout(run: Run, work: string): { complaints: string[]; report?: Report } {
  const complaints: string[] = [];
  if (run.timedOut)
    complaints.push(
      `hang: killed after ${LIMITS.seconds} s of CPU or ${LIMITS.wallSeconds} s on the clock`,
    );
  else if (run.status !== 0 && run.status !== 1)
    complaints.push(`exit ${run.status ?? `by signal ${run.signal}`}, not 0 or 1`);
  if (run.maxRssKiB !== undefined && run.maxRssKiB > LIMITS.rssMiB * 1024)
    complaints.push(`peak RSS ${(run.maxRssKiB / 1024).toFixed(0)} MiB, over ${LIMITS.rssMiB} MiB`);
  if (STACK_FRAME.test(run.stderr)) complaints.push("a stack trace on stderr");
  if (NODE_ERROR.test(run.stderr)) complaints.push("an uncaught error on stderr");
  if (`${run.stdout}${run.stderr}`.includes(CANARY))
    complaints.push("the output shows a file from outside the tree");
  if (complaints.length > 0) return { complaints };

  let report: Report;
  try {
    report = JSON.parse(run.stdout) as Report;
  } catch {
    return { complaints: [`stdout is not JSON: ${firstLines(run.stdout, 3)}`] };
  }
  if (!Array.isArray(report.problems) || typeof report.summary !== "object")
    return { complaints: ["stdout is not { problems, summary }"] };
  const errors = report.problems.filter((p) => p.severity === "error").length;
  if (report.summary.errors !== errors)
    complaints.push(`summary.errors is ${report.summary.errors}, the problems hold ${errors}`);
  if ((run.status === 1) !== errors > 0)
    complaints.push(`exit ${run.status} with ${errors} error(s) reported`);
  const read = new Map<string, Lines | undefined>();
  const linesOf = (file: string) => {
    if (!read.has(file)) {
      const text = plainText(join(work, file));
      read.set(
        file,
        text === undefined ? undefined : LINE_SPLITS.map((split) => text.split(split)),
      );
    }
    return read.get(file);
  };
  for (const problem of report.problems) {
    const where = problemPlace(problem, linesOf);
    if (where !== undefined) complaints.push(`${where}: ${JSON.stringify(problem).slice(0, 400)}`);
  }
  return { complaints, report };
}

/**
 * Ways to split a text into lines: at line feeds only, and at every YAML line break (CR LF,
 * CR, LF). A position is inside the text if it is inside a line of either.
 */
const LINE_SPLITS = [/\n/, /\r\n|\r|\n/] as const;

/** A file's lines, split each way. */
type Lines = readonly (readonly string[])[];

function isInside(lines: Lines, line: number, column: number): boolean {
  return lines.some((split) => {
    const at = split[line - 1];
    return at !== undefined && column <= at.length + 1;
  });
}

/** The text of a plain file (not a link, a FIFO or a folder) of at most 4 MiB, else undefined. */
function plainText(path: string): string | undefined {
  try {
    const stat = lstatSync(path);
    if (!stat.isFile() || stat.size > 4 * 1024 * 1024) return undefined;
    // Decoded as the loader decodes: invalid bytes as U+FFFD, a byte order mark kept.
    return new TextDecoder("utf-8", { ignoreBOM: true }).decode(readFileSync(path));
  } catch {
    return undefined;
  }
}

/** What is wrong with where a problem says it is, or undefined if nothing. */
function problemPlace(
  problem: Problem,
  linesOf: (file: string) => Lines | undefined,
): string | undefined {
  const parsed = ProblemSchema.safeParse(problem);
  if (!parsed.success) return `not a Problem (${parsed.error.issues[0]?.message})`;
  const { file, line, column, code } = problem;
  if (file === undefined) return "no file";
  if (file !== "data" && !file.startsWith("data/")) return "a file outside the data folder";
  if (FILE_LEVEL_CODES.has(code)) {
    if (line !== undefined && !(line >= 1 && (column ?? 0) >= 1)) return "a position below 1";
    return undefined;
  }
  if (line === undefined || column === undefined) return "no line and column";
  if (!(line >= 1 && column >= 1)) return "a position below 1";
  // Where the file is a plain file, the position must lie inside its text: on a line of it,
  // at most one column past that line's end.
  const lines = linesOf(file);
  if (lines !== undefined && !isInside(lines, line, column))
    return `${line}:${column} is not inside the file (${lines[0]?.length} lines)`;
  return undefined;
}
