import type { Corpus, RecordKind, RecordOfKind, Redirect, Rule } from "@leaks/schema";
import { REDIRECTS_FILE } from "../../layout.js";
import { unknownEntryProblem } from "../checks/unknown-entry.js";
import type { CorpusProblem } from "../codes.js";
import { analyseFile, type Pending } from "../read/analyse-file.js";
import type { Refusal } from "../read/read-file.js";
import { analyseRedirects } from "../read/redirects-file.js";
import { refusedPending } from "../read/refused.js";
import { type CheckedRecord, CrossCheck, DEFAULT_RULES } from "./cross-checks.js";
import { fileShownAs, normaliseOnly, ProblemLocator, placeAll } from "./locate-problems.js";
import { readSnapshots, type SnapshotReader } from "./snapshots.js";

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
  /**
   * The records that passed their schema, and the redirects of the data folder's
   * redirects.yaml (an empty list without one); corpus rules and the loader's checks ran over them.
   */
  readonly corpus: Corpus & { readonly redirects: readonly Redirect[] };
  /** Every record file, sorted by path, valid or not. */
  readonly records: readonly LoadedRecord[];
  /** Sorted by file, line and column; problems outside any file come last. */
  readonly problems: readonly CorpusProblem[];
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

/**
 * Assembles a corpus from the files of a data folder, one file at a time, then runs the
 * checks that need every record. Reading is left to the caller (disk, git, memory).
 */
export class CorpusBuilder {
  readonly #fileOf: (rel: string) => string;
  readonly #options: LoadOptions;
  readonly #records: MutableRecord[] = [];
  readonly #pending: Pending[] = [];
  /** Text of files known to have problems, kept to locate them without reading twice. */
  readonly #texts = new Map<string, string>();
  readonly #unknown = new Set<string>();
  #redirects: readonly Redirect[] = [];

  /** `dir`: how the data folder's path is shown in `file` (posix, may be empty). */
  constructor(dir: string, options: LoadOptions = {}) {
    this.#fileOf = fileShownAs(dir);
    this.#options = options;
  }

  fileOf(rel: string): string {
    return this.#fileOf(rel);
  }

  /** An entry of the tree that is not a regular file or folder where one is expected. */
  addUnknown(entry: string, hint: string): void {
    if (this.#unknown.has(entry)) return;
    this.#unknown.add(entry);
    this.#pending.push(unknownEntryProblem(entry, hint));
  }

  /** An entry of the tree refused for what it is or for its name. */
  addEntryProblem(pending: Pending): void {
    this.#pending.push(pending);
  }

  /** A record file that was not read: a link, a FIFO, too large, or unreadable. */
  addRefused(rel: string, refusal: Refusal): void {
    this.#pending.push(refusedPending(rel, refusal));
  }

  addFile(rel: string, content: string | Uint8Array): void {
    if (rel === REDIRECTS_FILE) {
      const { redirects, pending, text } = analyseRedirects(content);
      this.#redirects = redirects;
      this.#pending.push(...pending);
      if (text !== undefined) this.#texts.set(rel, text);
      return;
    }
    const analysis = analyseFile(rel, content);
    if (analysis.type === "other") {
      for (const pending of analysis.pending) {
        const { rel: entry, problem } = pending;
        if (problem.code === "unknown-entry" && entry !== undefined) {
          this.addUnknown(entry, problem.hint);
        } else this.#pending.push(pending);
      }
      return;
    }
    const { kind, id, raw, record, pending, text } = analysis;
    this.#records.push({
      kind,
      id,
      file: this.#fileOf(rel),
      raw,
      ...(record === undefined ? {} : { record }),
      rel,
    } as MutableRecord);
    this.#pending.push(...pending);
    if (text !== undefined) this.#texts.set(rel, text);
  }

  /**
   * Runs the checks across files, locates every problem in its file, and returns the result.
   * `readText` gives a file's text again for problems found only now; `readSnapshot`, when
   * given, enables the check of quotes against archived snapshots.
   */
  finish(readText: (rel: string) => string | undefined, readSnapshot?: SnapshotReader): LoadResult {
    const cross = new CrossCheck(this.#records as CheckedRecord[], this.#redirects);
    const context = { today: this.#options.today ?? today() };
    this.#pending.push(...cross.rules(this.#options.rules ?? DEFAULT_RULES, context));
    if (readSnapshot !== undefined)
      this.#pending.push(...cross.snapshots(readSnapshots(cross.plan.tasks, readSnapshot)));
    const records = this.#records.map(({ rel: _rel, ...record }) => record as LoadedRecord);
    const locator = new ProblemLocator((rel) => this.#texts.get(rel) ?? readText(rel));
    const only = normaliseOnly(this.#options.only);
    return {
      corpus: cross.corpus,
      records,
      problems: placeAll(this.#pending, this.#fileOf, only, locator),
    };
  }
}
