/**
 * Codes of the problems the loader finds in files (the schema and the corpus rules have their
 * own). Stable: tests, CI annotations and people's muscle memory depend on them.
 */
export const LOADER_PROBLEM_CODES = {
  "unknown-entry":
    "A file or folder the data tree does not expect: only incidents/, claims/<incident-id>/, actors/ and sources/ hold records.",
  "wrong-extension": "A record file whose name ends in something other than `.yaml`.",
  "not-a-regular-file":
    "A symbolic link, FIFO, device or socket in the data folder: refused without being opened or followed.",
  "unsafe-file-name":
    "A file or folder name with a control, invisible or bidirectional character, or a character the file system could not decode: reported, never read.",
  "unreadable-file": "A file that could not be read.",
  "file-too-large": "A file over the size limit (256 KiB): a record is never that large.",
  "invalid-utf8": "Bytes that are not valid UTF-8.",
  "byte-order-mark": "A UTF-8 byte order mark at the start of the file.",
  "tab-indentation": "A tab in the indentation of a line: YAML indents with spaces.",
  "yaml-syntax": "Text that is not valid YAML.",
  "duplicate-key": "The same key twice in one mapping.",
  "anchor-or-alias":
    "A YAML anchor (`&name`) or alias (`*name`): refused, every value is written out where it is used.",
  "nesting-too-deep": "Collections nested deeper than any record needs (limit: 32 levels).",
  "too-many-keys":
    "A mapping with more keys than any record needs (limit: 200): refused before the record is checked.",
  "forbidden-key":
    "A key such as `__proto__`, `constructor` or `prototype`, which could subvert code.",
  "empty-file": "A record file with no content.",
  "id-mismatch": "A record whose id is not its file name.",
  "claim-wrong-folder": "A claim kept outside the folder named after its first incident.",
  "confusable-id":
    "Two ids of one kind that differ only by case or by look-alike characters (0/o, 1/l, rn/m, vv/w, Cyrillic or Greek letters).",
  "snapshot-missing": "A source names an archive snapshot that is not in the archive folder.",
  "snapshot-unreadable":
    "A source's archive snapshot that is a link, FIFO or device, is over the size limit (16 MiB), or cannot be read: refused without being read.",
  "snapshot-hash-mismatch": "The archived snapshot's SHA-256 is not the one the source gives.",
  "quote-not-in-snapshot":
    "A claim's quote not verbatim in the archived snapshot (whitespace and typographic quotes aside): shows the closest passage.",
} as const;

export type LoaderProblemCode = keyof typeof LOADER_PROBLEM_CODES;

/** Limits that keep hostile input from exhausting memory or the stack. */
export const MAX_FILE_BYTES = 256 * 1024;
export const MAX_NESTING = 32;
/** Keys in one mapping: a record's widest mapping has about 25. */
export const MAX_KEYS = 200;
/** An archived snapshot is a document's text: a long report is a few hundred KiB. */
export const MAX_SNAPSHOT_BYTES = 16 * 1024 * 1024;
