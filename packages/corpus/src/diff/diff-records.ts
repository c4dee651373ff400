import { formatPath, RECORD_KINDS, type RecordKind, type Redirect } from "@leaks/schema";
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

/**
 * A record whose old id is gone with a redirect to a record of the new tree: renamed (to an
 * id of its own) or merged (into another record). A breaking change like a removal, since
 * the old id no longer names a record, but reported as what it is.
 */
export interface RenamedRecord {
  readonly kind: RecordKind;
  /** The old id. */
  readonly from: string;
  /** The id it leads to now. */
  readonly to: string;
  readonly reason: Redirect["reason"];
  /** For a rename, the paths of the values that changed besides the id; for a merge, none. */
  readonly fields: readonly string[];
}

export interface RecordDiff {
  readonly added: readonly RecordRef[];
  readonly removed: readonly RecordRef[];
  readonly changed: readonly ChangedRecord[];
  /** Old ids that the new tree's redirects lead to a record of it: not in `removed` or `added`. */
  readonly renamed: readonly RenamedRecord[];
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

/**
 * Records added, removed and changed (with the paths that changed) from one tree to another.
 * `redirects`, those of the newer tree, turn a removed id that leads to one of its records
 * into a rename or a merge (and the renamed record is then not added).
 */
export function diffRecords(
  before: readonly LoadedRecord[],
  after: readonly LoadedRecord[],
  redirects: readonly Redirect[] = [],
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
  const redirectOf = new Map<string, Redirect>();
  for (const redirect of redirects) {
    const key = keyOf(redirect.kind, redirect.from);
    if (!redirectOf.has(key)) redirectOf.set(key, redirect);
  }
  const renamed: RenamedRecord[] = [];
  const renamedTo = new Set<string>();
  for (const [key, { ref, data }] of old) {
    if (now.has(key)) continue;
    const redirect = redirectOf.get(key);
    const target = redirect === undefined ? undefined : now.get(keyOf(ref.kind, redirect.to));
    if (redirect === undefined || target === undefined) {
      removed.push(ref);
      continue;
    }
    const { reason, to } = redirect;
    const newlyAdded = !old.has(keyOf(ref.kind, to));
    // A renamed record is compared with what it was; a merge changes the record merged into,
    // which is listed as changed where it was (or as added where it is new).
    const fields =
      reason === "renamed" && newlyAdded
        ? changedPaths(data, target.data)
            .filter((path) => !(path.length === 1 && path[0] === "id"))
            .map((path) => (path.length === 0 ? WHOLE_RECORD : formatPath(path)))
        : [];
    if (reason === "renamed" && newlyAdded) renamedTo.add(keyOf(ref.kind, to));
    renamed.push({ kind: ref.kind, from: ref.id, to, reason, fields });
  }
  return {
    added: added.filter((ref) => !renamedTo.has(keyOf(ref.kind, ref.id))).sort(byKindThenId),
    removed: removed.sort(byKindThenId),
    changed: changed.sort(byKindThenId),
    renamed: renamed.sort((a, b) =>
      byKindThenId({ kind: a.kind, id: a.from }, { kind: b.kind, id: b.from }),
    ),
  };
}
