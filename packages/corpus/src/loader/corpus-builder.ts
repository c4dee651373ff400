import { posix } from "node:path";
import {
  ALL_RULES,
  type Corpus,
  checkCorpus,
  type PathSegment,
  type Problem,
  parseRecord,
  type RecordKind,
  type RecordOfKind,
  type Rule,
} from "@leaks/schema";
import type { LoaderProblemCode } from "./codes.js";
import { confusableGroups } from "./confusable-ids.js";
import { decodeFile } from "./decode.js";
import { placementOf } from "./layout.js";
import { FileLocator } from "./locate.js";
import { FORBIDDEN_KEYS, parseYaml } from "./parse-yaml.js";
import { checkSnapshots, type SnapshotReader } from "./snapshots.js";

/** One record file as loaded: what it holds, and the validated record when it is valid. */
export type LoadedRecord = {
  [K in RecordKind]: {
    readonly kind: K;
    /** The record's own id where it has one, else the id its file name gives. */
    readonly id: string;
    /** Posix path of the file: the data folder as given, joined with the path inside it. */
    readonly file: string;
    /** The parsed YAML; undefined where the file could not be read or parsed. */
    readonly raw: unknown;
    /** The validated record (defaults filled in); absent when the schema rejects it. */
    readonly record?: RecordOfKind[K];
  };
}[RecordKind];

export interface LoadResult {
  /** The records that passed their schema; corpus rules and the loader's checks ran over them. */
  readonly corpus: Corpus;
  /** Every record file, sorted by path, valid or not. */
  readonly records: readonly LoadedRecord[];
  /** Sorted by file, line and column; problems outside any file come last. */
  readonly problems: readonly Problem[];
}

export interface LoadOptions {
  /** Today, `YYYY-MM-DD`, for the rule against future dates; defaults to the current UTC date. */
  readonly today?: string;
  /**
   * Report problems only in these files or folders (paths as the `file` of problems shows
   * them). The whole corpus is still loaded: the rules need every record.
   */
  readonly only?: readonly string[];
  /** The corpus rules to run; defaults to every rule of `@leaks/schema`. */
  readonly rules?: readonly Rule[];
}

interface Pending {
  readonly problem: Omit<Problem, "file" | "line" | "column">;
  /** Path of the file inside the data folder, if the problem is in a file. */
  readonly rel?: string;
  readonly at?: { readonly line: number; readonly column: number };
  /** Located by path in the file's YAML; `key` points at the key rather than its value. */
  readonly locate?: { readonly path: readonly PathSegment[]; readonly key: boolean };
}

type MutableRecord = {
  [K in RecordKind]: {
    kind: K;
    id: string;
    file: string;
    raw: unknown;
    record?: RecordOfKind[K];
    rel: string;
  };
}[RecordKind];

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function loaderProblem(
  code: LoaderProblemCode,
  message: string,
  hint: string,
  path: readonly PathSegment[] = [],
  record?: { kind: RecordKind; id: string },
): Pending["problem"] {
  return {
    code,
    severity: "error",
    message,
    hint,
    path,
    ...(record === undefined ? {} : { recordKind: record.kind, recordId: record.id }),
  };
}

/**
 * Assembles a corpus from the files of a data folder, one file at a time, then runs the
 * checks that need every record. Reading is left to the caller (disk, git, memory).
 */
export class CorpusBuilder {
  readonly #dir: string;
  readonly #options: LoadOptions;
  readonly #records: MutableRecord[] = [];
  readonly #pending: Pending[] = [];
  /** Text of files known to have problems, kept to locate them without reading twice. */
  readonly #texts = new Map<string, string>();
  readonly #unknown = new Set<string>();

  /** `dir`: how the data folder's path is shown in `file` (posix, may be empty). */
  constructor(dir: string, options: LoadOptions = {}) {
    this.#dir = dir.replaceAll("\\", "/");
    this.#options = options;
  }

  fileOf(rel: string): string {
    return this.#dir === "" || this.#dir === "." ? rel : posix.join(this.#dir, rel);
  }

  /** An entry of the tree that is not a regular file or folder where one is expected. */
  addUnknown(entry: string, hint: string): void {
    if (this.#unknown.has(entry)) return;
    this.#unknown.add(entry);
    this.#pending.push({
      rel: entry,
      problem: loaderProblem(
        "unknown-entry",
        `unexpected ${entry.endsWith("/") ? "folder" : "file"} in the data folder`,
        hint,
      ),
    });
  }

  addUnreadable(rel: string, error: unknown): void {
    this.#pending.push({
      rel,
      problem: loaderProblem(
        "unreadable-file",
        `could not read the file: ${error instanceof Error ? error.message : String(error)}`,
        "check that the file exists and is readable",
      ),
    });
  }

  addFile(rel: string, content: string | Uint8Array): void {
    const placement = placementOf(rel);
    if (placement.type === "unknown") return this.addUnknown(placement.entry, placement.hint);
    if (placement.type === "wrong-extension") {
      this.#pending.push({
        rel,
        problem: loaderProblem(
          "wrong-extension",
          "record files end in .yaml",
          `rename it to ${placement.suggestion}`,
        ),
      });
      return;
    }
    const { kind, id: fileId } = placement;
    const entry = { kind, id: fileId };
    const record: MutableRecord = { kind, id: fileId, file: this.fileOf(rel), raw: undefined, rel };
    this.#records.push(record);

    const decoded = decodeFile(content);
    if (!decoded.ok) {
      const { code, message, hint, line, column } = decoded;
      this.#pending.push({
        rel,
        problem: loaderProblem(code, message, hint, [], entry),
        at: { line, column },
      });
      return;
    }
    const { text } = decoded;
    const before = this.#pending.length;
    if (decoded.hadBom)
      this.#pending.push({
        rel,
        problem: loaderProblem(
          "byte-order-mark",
          "the file starts with a byte order mark",
          "save the file as UTF-8 without a byte order mark (BOM)",
          [],
          entry,
        ),
        at: { line: 1, column: 1 },
      });

    const parsed = parseYaml(text);
    for (const issue of parsed.issues) {
      const { code, message, hint } = issue;
      this.#pending.push({
        rel,
        problem: loaderProblem(code, message, hint, issue.path ?? [], entry),
        ...(issue.path === undefined
          ? { at: { line: issue.line ?? 1, column: issue.column ?? 1 } }
          : { locate: { path: issue.path, key: code === "forbidden-key" } }),
      });
    }
    const raw = parsed.value;
    if (raw !== undefined) {
      record.raw = raw;
      this.#checkPlacement(rel, raw, placement, record);
      const result = parseRecord(kind, raw);
      if (result.ok) record.record = result.record;
      else
        for (const problem of result.problems) {
          // A forbidden key is already reported as such.
          if (problem.code === "unknown-key" && FORBIDDEN_KEYS.has(String(problem.path.at(-1))))
            continue;
          this.#pending.push({
            rel,
            problem,
            locate: { path: problem.path, key: problem.code === "unknown-key" },
          });
        }
    }
    if (this.#pending.length > before) this.#texts.set(rel, text);
  }

  #checkPlacement(
    rel: string,
    raw: unknown,
    placement: { kind: RecordKind; id: string; folder?: string },
    record: MutableRecord,
  ): void {
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return;
    const fields = raw as { id?: unknown; incidents?: unknown };
    const entry = { kind: placement.kind, id: placement.id };
    if (typeof fields.id === "string") {
      record.id = fields.id;
      if (fields.id !== placement.id)
        this.#pending.push({
          rel,
          problem: loaderProblem(
            "id-mismatch",
            `the id "${fields.id}" is not the file name "${placement.id}.yaml"`,
            `rename the file to ${fields.id}.yaml, or set the id to "${placement.id}"`,
            ["id"],
            entry,
          ),
          locate: { path: ["id"], key: false },
        });
    }
    if (placement.folder !== undefined && Array.isArray(fields.incidents)) {
      const first: unknown = fields.incidents[0];
      if (typeof first === "string" && first !== placement.folder)
        this.#pending.push({
          rel,
          problem: loaderProblem(
            "claim-wrong-folder",
            `the claim's first incident is "${first}", but it is in claims/${placement.folder}/`,
            `move the file to claims/${first}/, or list "${placement.folder}" first in incidents`,
            ["incidents", 0],
            entry,
          ),
          locate: { path: ["incidents", 0], key: false },
        });
    }
  }

  #confusables(): void {
    for (const kind of ["incident", "claim", "actor", "source"] as const) {
      const ofKind = this.#records.filter((r) => r.kind === kind);
      for (const group of confusableGroups(ofKind.map((r) => r.id))) {
        const [first, ...others] = group as [string, ...string[]];
        for (const other of others)
          for (const record of ofKind.filter((r) => r.id === other)) {
            const caseOnly = other.toLowerCase() === first.toLowerCase();
            this.#pending.push({
              rel: record.rel,
              problem: loaderProblem(
                "confusable-id",
                caseOnly
                  ? `the id "${other}" differs only by case from the ${kind} "${first}"`
                  : `the id "${other}" looks like the ${kind} id "${first}"`,
                `choose an id that cannot be mistaken for "${first}", or merge the two ${kind}s`,
                ["id"],
                { kind, id: other },
              ),
              locate: { path: ["id"], key: false },
            });
          }
      }
    }
  }

  /**
   * Runs the checks across files, locates every problem in its file, and returns the result.
   * `readText` gives a file's text again for problems found only now; `readSnapshot`, when
   * given, enables the check of quotes against archived snapshots.
   */
  finish(readText: (rel: string) => string | undefined, readSnapshot?: SnapshotReader): LoadResult {
    this.#records.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
    this.#confusables();
    const corpus = {
      incidents: [] as RecordOfKind["incident"][],
      claims: [] as RecordOfKind["claim"][],
      actors: [] as RecordOfKind["actor"][],
      sources: [] as RecordOfKind["source"][],
    };
    // Rule findings name a record by kind and id; several files may hold one id.
    const filesOf = new Map<string, string[]>();
    for (const r of this.#records) {
      if (r.record === undefined) continue;
      const key = `${r.kind}\u0000${r.record.id}`;
      filesOf.set(key, [...(filesOf.get(key) ?? []), r.rel]);
      if (r.kind === "incident") corpus.incidents.push(r.record);
      else if (r.kind === "claim") corpus.claims.push(r.record);
      else if (r.kind === "actor") corpus.actors.push(r.record);
      else corpus.sources.push(r.record);
    }
    const duplicatesSeen = new Map<string, number>();
    const relOf = (kind: RecordKind | undefined, id: string | undefined, code: string) => {
      if (kind === undefined || id === undefined) return undefined;
      const key = `${kind}\u0000${id}`;
      const files = filesOf.get(key) ?? [];
      // duplicate-id names each later copy in corpus order: the n-th finding is the (n+1)-th file.
      if (code === "duplicate-id") {
        const n = (duplicatesSeen.get(key) ?? 0) + 1;
        duplicatesSeen.set(key, n);
        return files[n] ?? files[0];
      }
      return files[0];
    };
    const context = { today: this.#options.today ?? today() };
    for (const problem of this.#checkRules(corpus, context)) {
      const rel = relOf(problem.recordKind, problem.recordId, problem.code);
      this.#pending.push(
        rel === undefined
          ? { problem }
          : { rel, problem, locate: { path: problem.path, key: false } },
      );
    }
    if (readSnapshot !== undefined)
      for (const finding of checkSnapshots(corpus.claims, corpus.sources, readSnapshot)) {
        const { code, message, hint, path, recordKind, recordId } = finding;
        const rel = relOf(recordKind, recordId, code);
        const problem = loaderProblem(code, message, hint, path, {
          kind: recordKind,
          id: recordId,
        });
        this.#pending.push(
          rel === undefined ? { problem } : { rel, problem, locate: { path, key: false } },
        );
      }
    const records = this.#records.map(({ rel: _rel, ...record }) => record as LoadedRecord);
    return { corpus, records, problems: this.#locateAll(readText) };
  }

  /**
   * Runs the corpus rules. Where ids are duplicated, only the duplicate-id rule sees every
   * copy; the others see the first of each, so that each finding names exactly one file.
   */
  #checkRules(corpus: Corpus, context: { today: string }): Problem[] {
    const rules = this.#options.rules ?? ALL_RULES;
    const firstOnly = {
      incidents: firstOfEachId(corpus.incidents),
      claims: firstOfEachId(corpus.claims),
      actors: firstOfEachId(corpus.actors),
      sources: firstOfEachId(corpus.sources),
    };
    const hasDuplicates = (Object.keys(firstOnly) as (keyof Corpus)[]).some(
      (key) => firstOnly[key].length !== corpus[key].length,
    );
    if (!hasDuplicates) return checkCorpus(corpus, rules, context);
    const isDuplicateRule = (rule: Rule) => rule.code === "duplicate-id";
    return [
      ...checkCorpus(corpus, rules.filter(isDuplicateRule), context),
      ...checkCorpus(
        firstOnly,
        rules.filter((rule) => !isDuplicateRule(rule)),
        context,
      ),
    ];
  }

  #locateAll(readText: (rel: string) => string | undefined): Problem[] {
    const locators = new Map<string, FileLocator | undefined>();
    const locatorOf = (rel: string) => {
      if (!locators.has(rel)) {
        const text = this.#texts.get(rel) ?? readText(rel);
        locators.set(rel, text === undefined ? undefined : new FileLocator(text));
      }
      return locators.get(rel);
    };
    const only = this.#options.only?.map((path) =>
      posix.normalize(path.replaceAll("\\", "/")).replace(/\/$/, ""),
    );
    const problems: Problem[] = [];
    for (const { problem, rel, at, locate } of this.#pending) {
      if (rel === undefined) {
        if (only === undefined) problems.push(problem);
        continue;
      }
      const file = this.fileOf(rel);
      if (
        only !== undefined &&
        !only.some((path) => file === path || file.startsWith(`${path}/`) || path === ".")
      )
        continue;
      let position = at;
      if (position === undefined && locate !== undefined)
        position = locatorOf(rel)?.locate(locate.path, { key: locate.key });
      problems.push({ ...problem, file, ...(position ?? {}) });
    }
    return problems.sort(compareProblems);
  }
}

function firstOfEachId<T extends { readonly id: string }>(records: readonly T[]): T[] {
  const seen = new Set<string>();
  return records.filter((record) => {
    if (seen.has(record.id)) return false;
    seen.add(record.id);
    return true;
  });
}

function compareProblems(a: Problem, b: Problem): number {
  if (a.file !== b.file) {
    if (a.file === undefined) return 1;
    if (b.file === undefined) return -1;
    return a.file < b.file ? -1 : 1;
  }
  return (
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}
