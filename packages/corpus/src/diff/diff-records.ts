import { formatPath, RECORD_KINDS, type RecordKind } from "@leaks/schema";
import type { LoadedRecord } from "../loader/index.js";
import { changedPaths } from "./changed-paths.js";

export interface RecordRef {
  readonly kind: RecordKind;
  readonly id: string;
}

export interface ChangedRecord extends RecordRef {
  /** Paths of the values that changed, e.g. `statement`, `appearances[1].quote`. */
  readonly fields: readonly string[];
  /** Present (true) when a claim was retracted or newly superseded by another claim. */
  readonly retracted?: true;
}

export interface RecordDiff {
  readonly added: readonly RecordRef[];
  readonly removed: readonly RecordRef[];
  readonly changed: readonly ChangedRecord[];
}

/** The field name given when a version cannot be compared field by field (it does not parse). */
export const WHOLE_RECORD = "(whole record)";

type Keyed = Map<string, { ref: RecordRef; data: unknown }>;

const keyOf = (kind: RecordKind, id: string) => `${kind}\0${id}`;

/** Validated records where valid (defaults do not count as edits), else the data as written. */
function keyed(records: readonly LoadedRecord[]): Keyed {
  const map: Keyed = new Map();
  for (const record of records) {
    const key = keyOf(record.kind, record.id);
    if (!map.has(key))
      map.set(key, {
        ref: { kind: record.kind, id: record.id },
        data: record.record ?? record.raw,
      });
  }
  return map;
}

/** Claims that some claim of the set says it supersedes. */
function superseded(records: Keyed): Set<string> {
  const ids = new Set<string>();
  for (const { ref, data } of records.values()) {
    if (ref.kind !== "claim" || data === null || typeof data !== "object") continue;
    const relations = (data as { relations?: unknown }).relations;
    if (!Array.isArray(relations)) continue;
    for (const relation of relations) {
      if (relation?.type === "supersedes" && typeof relation.claim === "string")
        ids.add(relation.claim);
    }
  }
  return ids;
}

const standingOf = (data: unknown) =>
  data !== null && typeof data === "object" ? (data as { standing?: unknown }).standing : undefined;

const byKindThenId = (a: RecordRef, b: RecordRef) =>
  RECORD_KINDS.indexOf(a.kind) - RECORD_KINDS.indexOf(b.kind) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Records added, removed and changed (with the paths that changed) from one tree to another. */
export function diffRecords(
  before: readonly LoadedRecord[],
  after: readonly LoadedRecord[],
): RecordDiff {
  const old = keyed(before);
  const now = keyed(after);
  const supersededBefore = superseded(old);
  const supersededNow = superseded(now);
  const added: RecordRef[] = [];
  const removed: RecordRef[] = [];
  const changed: ChangedRecord[] = [];
  for (const [key, { ref, data }] of now) {
    const previous = old.get(key);
    if (previous === undefined) {
      added.push(ref);
      continue;
    }
    const fields = changedPaths(previous.data, data).map((path) =>
      path.length === 0 ? WHOLE_RECORD : formatPath(path),
    );
    const newlySuperseded =
      ref.kind === "claim" && supersededNow.has(ref.id) && !supersededBefore.has(ref.id);
    if (fields.length === 0 && !newlySuperseded) continue;
    const retracted =
      newlySuperseded ||
      (ref.kind === "claim" &&
        standingOf(data) === "retracted" &&
        standingOf(previous.data) !== "retracted");
    changed.push(retracted ? { ...ref, fields, retracted: true } : { ...ref, fields });
  }
  for (const [key, { ref }] of old) if (!now.has(key)) removed.push(ref);
  return {
    added: added.sort(byKindThenId),
    removed: removed.sort(byKindThenId),
    changed: changed.sort(byKindThenId),
  };
}
