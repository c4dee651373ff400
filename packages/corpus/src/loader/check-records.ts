import type { RecordKind, RecordOfKind, Redirect } from "@leaks/schema";
import { CrossCheck, DEFAULT_RULES } from "./check/cross-checks.js";
import { compareProblems, placed } from "./check/locate-problems.js";
import type { CorpusProblem } from "./codes.js";

/** A record that comes from no data folder (a corpus JSON, a program), and where it is. */
export interface GivenRecord {
  readonly kind: RecordKind;
  /** The record's id, or for one that failed its schema whatever id it gives. */
  readonly id: string;
  /** Where the record is, shown as the `file` of its problems (`corpus.json#claims/3`). */
  readonly where: string;
  /** The record as its schema gave it back; absent where it failed its schema. */
  readonly record?: RecordOfKind[RecordKind];
}

export interface CheckRecordsOptions {
  /** Today, `YYYY-MM-DD`, for the rule against future dates. */
  readonly today: string;
  /** Redirects to check against the records (redirect-chain, redirect-target-missing...). */
  readonly redirects?: readonly Redirect[];
  /** Where those redirects are, shown as the `file` of their problems; default `redirects`. */
  readonly redirectsWhere?: string;
}

/**
 * The checks across records that `loadCorpus` and `leaks validate` run (confusable ids and
 * every corpus rule, a duplicated id reported once for each later copy), over records given in
 * memory. The ids of records that failed their schema still resolve. Records given so have no
 * archive: their quotes are not checked against snapshots. Redirects given in `options` are
 * checked too, their problems at `redirectsWhere` with paths from `redirects`. Sorted by `where`.
 */
export function checkRecords(
  records: readonly GivenRecord[],
  options: CheckRecordsOptions,
): CorpusProblem[] {
  const check = new CrossCheck(
    records.map(({ kind, id, where, record }) => ({
      kind,
      id,
      rel: where,
      ...(record === undefined ? {} : { record }),
    })),
    options.redirects ?? [],
    options.redirectsWhere ?? "redirects",
  );
  return check
    .rules(DEFAULT_RULES, { today: options.today })
    .map((pending) => placed(pending, pending.rel, undefined))
    .sort(compareProblems);
}
