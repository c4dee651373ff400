import {
  ALL_RULES,
  type Corpus,
  checkCorpus,
  type InvalidIds,
  type RecordKind,
  type RecordOfKind,
  type Redirect,
  type Rule,
  type RuleContext,
} from "@leaks/schema";
import { REDIRECTS_FILE } from "../../layout.js";
import { confusablePending } from "../checks/confusable-id.js";
import type { CorpusProblem } from "../codes.js";
import { loaderProblem, type Pending } from "../read/analyse-file.js";
import {
  planSnapshotChecks,
  type SnapshotFinding,
  type SnapshotOutcome,
  type SnapshotPlan,
  snapshotFindings,
} from "./snapshots.js";

/** One record file as the cross-file checks see it. */
export interface CheckedRecord {
  readonly kind: RecordKind;
  /** The record's own id where it has one, else the id its file name gives. */
  readonly id: string;
  /** Path of the file inside the data folder. */
  readonly rel: string;
  /** The validated record; absent when the file failed its schema. */
  readonly record?: RecordOfKind[RecordKind];
}

function compareRel(a: { rel: string }, b: { rel: string }): number {
  return a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0;
}

// The ids of the records a corpus was built without, for checkRules: kept beside the corpus
// rather than in it, so that the corpus stays exactly its valid records wherever it goes.
const invalidIdsOf = new WeakMap<Corpus, InvalidIds>();

/**
 * The valid records, by kind, in the order given (sorted by path). `checkRules` over it
 * counts the ids of the invalid ones as known, so they bring no `unknown-reference`.
 */
function corpusOf(
  records: readonly CheckedRecord[],
  redirects: readonly Redirect[],
): Corpus & { readonly redirects: readonly Redirect[] } {
  const corpus = {
    incidents: [] as RecordOfKind["incident"][],
    claims: [] as RecordOfKind["claim"][],
    actors: [] as RecordOfKind["actor"][],
    sources: [] as RecordOfKind["source"][],
    redirects,
  };
  const invalid: { [K in RecordKind]?: Set<string> } = {};
  for (const r of records) {
    if (r.record === undefined) {
      invalid[r.kind] = (invalid[r.kind] ?? new Set<string>()).add(r.id);
      continue;
    }
    if (r.kind === "incident") corpus.incidents.push(r.record as RecordOfKind["incident"]);
    else if (r.kind === "claim") corpus.claims.push(r.record as RecordOfKind["claim"]);
    else if (r.kind === "actor") corpus.actors.push(r.record as RecordOfKind["actor"]);
    else corpus.sources.push(r.record as RecordOfKind["source"]);
  }
  if (Object.keys(invalid).length > 0) invalidIdsOf.set(corpus, invalid);
  return corpus;
}

function firstOfEachId<T extends { readonly id: string }>(records: readonly T[]): T[] {
  const seen = new Set<string>();
  return records.filter((record) => {
    if (seen.has(record.id)) return false;
    seen.add(record.id);
    return true;
  });
}

/**
 * Runs the corpus rules. Where ids are duplicated, only the duplicate-id rule sees every
 * copy; the others see the first of each, so that each finding names exactly one file.
 */
function checkRules(
  corpus: Corpus,
  rules: readonly Rule[],
  ruleContext: RuleContext,
): CorpusProblem[] {
  const invalidIds = ruleContext.invalidIds ?? invalidIdsOf.get(corpus);
  const context = invalidIds === undefined ? ruleContext : { ...ruleContext, invalidIds };
  const lists = {
    incidents: firstOfEachId(corpus.incidents),
    claims: firstOfEachId(corpus.claims),
    actors: firstOfEachId(corpus.actors),
    sources: firstOfEachId(corpus.sources),
  };
  const hasDuplicates = (Object.keys(lists) as (keyof typeof lists)[]).some(
    (key) => lists[key].length !== corpus[key].length,
  );
  const firstOnly: Corpus =
    corpus.redirects === undefined ? lists : { ...lists, redirects: corpus.redirects };
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

/**
 * Gives rule and snapshot findings, which name a record by kind and id, the file that holds
 * it. Several files may hold one id: `duplicate-id` names each later copy in path order.
 */
class FileOfRecord {
  readonly #filesOf = new Map<string, string[]>();
  readonly #duplicatesSeen = new Map<string, number>();

  constructor(records: readonly CheckedRecord[]) {
    for (const r of records) {
      if (r.record === undefined) continue;
      const key = `${r.kind}\u0000${r.record.id}`;
      const files = this.#filesOf.get(key);
      if (files === undefined) this.#filesOf.set(key, [r.rel]);
      else files.push(r.rel);
    }
  }

  relOf(kind: RecordKind | undefined, id: string | undefined, code: string): string | undefined {
    if (kind === undefined || id === undefined) return undefined;
    const key = `${kind}\u0000${id}`;
    const files = this.#filesOf.get(key) ?? [];
    // The n-th duplicate-id finding is about the (n+1)-th file.
    if (code === "duplicate-id") {
      const n = (this.#duplicatesSeen.get(key) ?? 0) + 1;
      this.#duplicatesSeen.set(key, n);
      return files[n] ?? files[0];
    }
    return files[0];
  }
}

/** Whether a rule's problem is about an entry of the redirects (its path starts there). */
const inRedirects = (problem: CorpusProblem) =>
  problem.code.startsWith("redirect-") && problem.path[0] === "redirects";

/**
 * Rule problems as pending problems, each in the file of its record where there is one; those
 * about a redirect in the redirects file, where the path into the corpus is the path in the file.
 */
function rulePending(
  problems: readonly CorpusProblem[],
  files: FileOfRecord,
  redirectsRel: string,
): Pending[] {
  return problems.map((problem) => {
    const rel = inRedirects(problem)
      ? redirectsRel
      : files.relOf(problem.recordKind, problem.recordId, problem.code);
    return rel === undefined
      ? { problem }
      : { rel, problem, locate: { path: problem.path, key: false } };
  });
}

function snapshotPending(findings: readonly SnapshotFinding[], files: FileOfRecord): Pending[] {
  return findings.map((finding) => {
    const { code, message, hint, path, recordKind, recordId } = finding;
    const rel = files.relOf(recordKind, recordId, code);
    const problem = loaderProblem(code, message, hint, path, { kind: recordKind, id: recordId });
    return rel === undefined ? { problem } : { rel, problem, locate: { path, key: false } };
  });
}

export const DEFAULT_RULES = ALL_RULES;

/**
 * The checks across files, the one way every caller runs them (loadCorpus, loadCorpusFromFiles,
 * leaks validate): given every record file, in any order, it sorts them by path, builds the
 * corpus of the valid ones and plans the snapshot checks; `rules` then gives the confusable-id
 * and corpus-rule problems, and `snapshots` those of the snapshot checks' outcomes, however
 * and wherever the caller ran them (in this thread, in workers, from memory).
 */
export class CrossCheck {
  readonly corpus: Corpus & { readonly redirects: readonly Redirect[] };
  readonly plan: SnapshotPlan;
  readonly #records: readonly CheckedRecord[];
  readonly #files: FileOfRecord;
  readonly #redirectsRel: string;

  /**
   * `redirects`: those of the redirects file, checked against the records by the rules; their
   * problems are in `redirectsRel` (the redirects file, or where a caller's redirects come from).
   */
  constructor(
    records: CheckedRecord[],
    redirects: readonly Redirect[] = [],
    redirectsRel: string = REDIRECTS_FILE,
  ) {
    this.#redirectsRel = redirectsRel;
    records.sort(compareRel);
    this.#records = records;
    this.corpus = corpusOf(records, redirects);
    this.#files = new FileOfRecord(records);
    this.plan = planSnapshotChecks(this.corpus.claims, this.corpus.sources);
  }

  rules(rules: readonly Rule[], context: RuleContext): Pending[] {
    return [
      ...confusablePending(this.#records),
      ...rulePending(checkRules(this.corpus, rules, context), this.#files, this.#redirectsRel),
    ];
  }

  /** `outcomes`: one for each of `plan.tasks`, in order. */
  snapshots(outcomes: readonly SnapshotOutcome[]): Pending[] {
    const { claims, sources } = this.corpus;
    return snapshotPending(snapshotFindings(claims, sources, this.plan, outcomes), this.#files);
  }
}
