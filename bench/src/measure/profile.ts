import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}
interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}
interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface Share {
  readonly name: string;
  readonly ms: number;
  readonly share: number;
}

export interface ProfileSummary {
  /** Busy thread time sampled, all threads together; shares are of this. */
  readonly totalMs: number;
  /** Time threads spent waiting (for I/O, for messages from other threads). */
  readonly idleMs: number;
  readonly threads: number;
  /** Time by what the innermost frame was doing. */
  readonly self: readonly Share[];
  /** Time spent inside each part, callees included (a sample counts once per part). */
  readonly inclusive: readonly Share[];
  /** Functions of the loader and CLI by time inside them, callees included. */
  readonly loaderFunctions: readonly Share[];
  /** Functions of @leaks/schema (each corpus rule by its code) by time inside them. */
  readonly schemaFunctions: readonly Share[];
  /** The functions that spend most time themselves, with where they live. */
  readonly topSelf: readonly Share[];
}

const IDLE = "idle (waiting)";

const FS_BINDINGS = new Set([
  "open",
  "openFileHandle",
  "close",
  "read",
  "fstat",
  "lstat",
  "stat",
  "readdir",
  "readFileUtf8",
  "writeString",
  "writeBuffer",
  "realpath",
  "access",
  "existsSync",
  "internalModuleStat",
]);

/** The part of the program a frame belongs to, by where its code lives. */
export function categoryOf(frame: CallFrame): string {
  const { functionName: fn, url } = frame;
  if (fn === "(garbage collector)") return "garbage collection";
  if (fn === "(idle)") return IDLE;
  if (fn === "(program)") return "V8 and native (unattributed)";
  if (fn === "(root)") return "(root)";
  if (url === "" && FS_BINDINGS.has(fn)) return "file system calls";
  if (url === "" && fn.startsWith("RegExp: ")) return "regular expressions";
  if (url === "") return "V8 builtins";
  if (/^node:internal\/(fs|streams)\//.test(url) || url === "node:fs") return "file system calls";
  if (/[/\\]js-yaml[/\\]/.test(url)) return "YAML parse (js-yaml)";
  if (/[/\\]yaml[/\\]dist[/\\]/.test(url) || /yaml@\d/.test(url)) return "YAML positions (yaml)";
  if (/[/\\]zod[/\\]/.test(url)) return "schema validation (zod)";
  // The package as built in packages/, or the copy the harness measures (bench/.cli).
  if (/(packages|\.cli)[/\\]schema[/\\]/.test(url)) return "@leaks/schema (models, rules, dates)";
  if (/(packages|\.cli)[/\\]corpus[/\\]/.test(url)) return "loader and CLI (@leaks/corpus)";
  if (/[/\\]commander[/\\]/.test(url)) return "CLI parsing (commander)";
  if (url.startsWith("node:")) return "Node internals";
  return "other";
}

const sourceLines = new Map<string, readonly string[]>();

/** A schema function's name; a rule's `check` is named by the rule's code just above it. */
function schemaLabel(frame: CallFrame): string {
  const name = frame.functionName === "" ? "(anonymous)" : frame.functionName;
  if (name !== "check" || !frame.url.startsWith("file:")) return name;
  let lines = sourceLines.get(frame.url);
  if (lines === undefined) {
    try {
      lines = readFileSync(fileURLToPath(frame.url), "utf8").split("\n");
    } catch {
      lines = [];
    }
    sourceLines.set(frame.url, lines);
  }
  for (let at = frame.lineNumber; at >= 0 && at > frame.lineNumber - 12; at--) {
    const match = /\bcode: "([a-z0-9-]+)"/.exec(lines[at] ?? "");
    if (match) return `rule ${match[1]}`;
  }
  return name;
}

function sharesOf(
  map: Map<string, number>,
  totalMs: number,
  limit = Number.POSITIVE_INFINITY,
): Share[] {
  return [...map.entries()]
    .map(([name, ms]) => ({ name, ms, share: ms / totalMs }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, limit);
}

/**
 * Sums the profiles of one run, one per thread (the main thread and any workers): times are
 * thread time, so they add up to more than the wall time when threads run side by side.
 */
export function summariseProfile(files: readonly string[]): ProfileSummary {
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const loader = new Map<string, number>();
  const functionsSelf = new Map<string, number>();
  const schema = new Map<string, number>();
  let totalMs = 0;
  let idleMs = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes)
      for (const child of node.children ?? []) parent.set(child, node.id);
    for (const [i, id] of profile.samples.entries()) {
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      const leaf = byId.get(id);
      if (leaf === undefined) continue;
      const leafCategory = categoryOf(leaf.callFrame);
      // A thread waiting (for I/O, or for its workers) is not spending: shares are of busy time.
      if (leafCategory === IDLE) {
        idleMs += ms;
        continue;
      }
      totalMs += ms;
      if (leafCategory !== "(root)") self.set(leafCategory, (self.get(leafCategory) ?? 0) + ms);
      const where = leaf.callFrame.url
        .replace(/^.*node_modules[/\\](?:\.pnpm[/\\][^/\\]+[/\\]node_modules[/\\])?/, "")
        .replace(/^file:\/\/.*?[/\\](?:packages|\.cli)[/\\]/, "");
      const name = leafCategory.startsWith("@leaks/schema")
        ? schemaLabel(leaf.callFrame)
        : leaf.callFrame.functionName || "(anonymous)";
      const label = `${name}${where === "" ? "" : ` ${where}:${leaf.callFrame.lineNumber + 1}`}`;
      functionsSelf.set(label, (functionsSelf.get(label) ?? 0) + ms);
      const categories = new Set<string>();
      const functions = new Set<string>();
      const schemaFns = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const node = byId.get(at);
        if (node === undefined) break;
        const category = categoryOf(node.callFrame);
        categories.add(category);
        if (category === "@leaks/schema (models, rules, dates)")
          schemaFns.add(schemaLabel(node.callFrame));
        if (category === "loader and CLI (@leaks/corpus)")
          functions.add(
            node.callFrame.functionName === ""
              ? `(anonymous):${node.callFrame.lineNumber + 1}`
              : node.callFrame.functionName,
          );
      }
      categories.delete("(root)");
      for (const category of categories)
        inclusive.set(category, (inclusive.get(category) ?? 0) + ms);
      for (const fn of functions) loader.set(fn, (loader.get(fn) ?? 0) + ms);
      for (const fn of schemaFns) schema.set(fn, (schema.get(fn) ?? 0) + ms);
    }
  }
  return {
    totalMs,
    idleMs,
    threads: files.length,
    self: sharesOf(self, totalMs),
    inclusive: sharesOf(inclusive, totalMs),
    loaderFunctions: sharesOf(loader, totalMs, 15),
    schemaFunctions: sharesOf(schema, totalMs, 15),
    topSelf: sharesOf(functionsSelf, totalMs, 25),
  };
}
