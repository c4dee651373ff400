import type { Redirect } from "@leaks/schema";
import type { LoadedRecord } from "../loader/index.js";
import { loadCorpusFromFiles } from "../loader/index.js";
import { type ChangeScope, withScopes } from "./change-scope.js";
import {
  type ChangedRecord,
  diffRecords,
  type RecordRef,
  type RenamedRecord,
} from "./diff-records.js";
import { filesAtRef, GitTreeError, releaseTags } from "./git-tree.js";

/**
 * changes.json: what a release changed in the data, relative to the previous release; each
 * record with the incidents and relationships it belongs to (`ChangeScope`).
 */
export interface ReleaseChanges {
  readonly version: string;
  /** The git ref compared with: the previous release tag, or --since; null when none. */
  readonly since: string | null;
  readonly note?: string;
  readonly summary: {
    readonly added: number;
    readonly changed: number;
    /** Of the changed records, the claims retracted or newly superseded. */
    readonly retracted: number;
    readonly removed: number;
    /** Old ids renamed or merged into another record: breaking, like a removal. */
    readonly renamed: number;
  };
  readonly added: readonly (RecordRef & ChangeScope)[];
  readonly changed: readonly (ChangedRecord & ChangeScope)[];
  readonly removed: readonly (RecordRef & ChangeScope)[];
  readonly renamed: readonly (RenamedRecord & ChangeScope)[];
}

export const NO_PREVIOUS_RELEASE =
  "No earlier release of @leaks/corpus was found (no @leaks/corpus@* tag): every record is listed as added.";

/**
 * The records added, changed (with the fields) and removed since `since`, or else since the
 * newest release tag of another version than this one; with neither, every record is added.
 */
export async function releaseChanges(
  dataDir: string,
  records: readonly LoadedRecord[],
  options: {
    readonly version: string;
    readonly since?: string;
    /** The redirects of the data being released: removed ids they lead on are renames. */
    readonly redirects?: readonly Redirect[];
  },
): Promise<ReleaseChanges> {
  let since = options.since ?? null;
  try {
    if (since === null) {
      const tags = await releaseTags(dataDir);
      since = tags.find((tag) => tag !== `@leaks/corpus@${options.version}`) ?? null;
    }
  } catch (error) {
    // Outside a git checkout there is no earlier release to compare with.
    if (!(error instanceof GitTreeError)) throw error;
  }
  let before: readonly LoadedRecord[] = [];
  if (since !== null) {
    // A bad --since is the caller's to report (GitTreeError).
    before = loadCorpusFromFiles(await filesAtRef(dataDir, since), {
      dir: dataDir,
      rules: [],
    }).records;
  }
  const diff = withScopes(diffRecords(before, records, options.redirects), before, records);
  const retracted = diff.changed.filter((record) => record.retracted).length;
  return {
    version: options.version,
    since,
    ...(since === null ? { note: NO_PREVIOUS_RELEASE } : {}),
    summary: {
      added: diff.added.length,
      changed: diff.changed.length,
      retracted,
      removed: diff.removed.length,
      renamed: diff.renamed.length,
    },
    added: diff.added,
    changed: diff.changed,
    removed: diff.removed,
    renamed: diff.renamed,
  };
}
