import type { RecordKind } from "@leaks/schema";

/** Folders of the data tree that hold records of one kind directly. */
export const FLAT_FOLDERS = { incidents: "incident", actors: "actor", sources: "source" } as const;
/** Claims live one level deeper, in a folder named after their first incident. */
export const CLAIMS_FOLDER = "claims";
export const RECORD_EXTENSION = ".yaml";
/**
 * The redirects file, at the top of the data folder: the old ids of renamed or merged records
 * and where they lead. Optional: a data folder without it has no redirects.
 */
export const REDIRECTS_FILE = "redirects.yaml";

/** The folder of each kind of record, inside the data folder. */
export const KIND_FOLDERS = {
  incident: "incidents",
  claim: CLAIMS_FOLDER,
  actor: "actors",
  source: "sources",
} as const satisfies Record<RecordKind, string>;

/**
 * Where a record's file lives, as a posix path inside the data folder: the other direction of
 * `placementOf`. A claim lives in the folder of its first incident, which it must be given.
 */
export function recordFilePath(kind: RecordKind, id: string, firstIncident?: string): string {
  if (kind !== "claim") return `${KIND_FOLDERS[kind]}/${id}${RECORD_EXTENSION}`;
  if (firstIncident === undefined)
    throw new TypeError("a claim's file path needs the id of its first incident");
  return `${CLAIMS_FOLDER}/${firstIncident}/${id}${RECORD_EXTENSION}`;
}

export type Placement =
  | {
      readonly type: "record";
      readonly kind: RecordKind;
      readonly id: string;
      readonly folder?: string;
    }
  | { readonly type: "wrong-extension"; readonly suggestion: string }
  /** The data folder's redirects file (`REDIRECTS_FILE`). */
  | { readonly type: "redirects" }
  /** `entry` is the outermost unexpected file or folder (folders end in `/`). */
  | { readonly type: "unknown"; readonly entry: string; readonly hint: string };

const TOP_HINT = `the data folder holds only incidents/, claims/, actors/, sources/ and ${REDIRECTS_FILE}; move or remove it`;

function recordFile(
  name: string,
  kind: RecordKind,
  folderPath: string,
  folder?: string,
): Placement {
  if (name.endsWith(RECORD_EXTENSION) && name.length > RECORD_EXTENSION.length) {
    const id = name.slice(0, -RECORD_EXTENSION.length);
    return folder === undefined
      ? { type: "record", kind, id }
      : { type: "record", kind, id, folder };
  }
  const dot = name.lastIndexOf(".");
  if (dot > 0 && /^\.ya?ml$/i.test(name.slice(dot)))
    return { type: "wrong-extension", suggestion: `${name.slice(0, dot)}${RECORD_EXTENSION}` };
  return {
    type: "unknown",
    entry: `${folderPath}/${name}`,
    hint: `${folderPath}/ holds only <id>${RECORD_EXTENSION} record files; move or remove it`,
  };
}

/**
 * Where a path relative to the data folder belongs. Works from the path alone, so a tree
 * read from disk and a set of files taken from git are judged alike.
 */
export function placementOf(relativePath: string): Placement {
  if (relativePath === REDIRECTS_FILE) return { type: "redirects" };
  const parts = relativePath.split("/");
  const [top, second, third] = parts;
  if (top === undefined || second === undefined)
    return { type: "unknown", entry: relativePath, hint: TOP_HINT };
  if (Object.hasOwn(FLAT_FOLDERS, top)) {
    if (parts.length > 2)
      return {
        type: "unknown",
        entry: `${top}/${second}/`,
        hint: `${top}/ holds record files only, no folders; move its files up or remove it`,
      };
    return recordFile(second, FLAT_FOLDERS[top as keyof typeof FLAT_FOLDERS], top);
  }
  if (top === CLAIMS_FOLDER) {
    if (third === undefined)
      return {
        type: "unknown",
        entry: `${top}/${second}`,
        hint: "claims live in claims/<incident-id>/<claim-id>.yaml, in the folder of their first incident",
      };
    if (parts.length > 3)
      return {
        type: "unknown",
        entry: `${top}/${second}/${third}/`,
        hint: `claims/${second}/ holds claim files only, no folders; move its files up or remove it`,
      };
    return recordFile(third, "claim", `${top}/${second}`, second);
  }
  return { type: "unknown", entry: parts.length > 1 ? `${top}/` : top, hint: TOP_HINT };
}
