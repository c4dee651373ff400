import { hash } from "node:crypto";
import type { RecordKind, RecordOfKind } from "@leaks/schema";

/**
 * Free-text fields that no corpus rule reads today (a claim's statement is read: hedge-dropped
 * and impact-overstated look for hedges in it): the records `leaks validate` gathers
 * for the rules leave them out, which spares memory, and read them back from the file only
 * if a rule asks. Short fields a rule tests for presence (a source's title) stay in.
 */
const LAZY_FIELDS: Readonly<Record<RecordKind, ReadonlySet<string>>> = {
  claim: new Set(["notes"]),
  incident: new Set(["title", "summary", "notes"]),
  source: new Set(["notes"]),
  actor: new Set(["notes"]),
};

type AnyRecord = RecordOfKind[RecordKind];

/** Stands for a left-out field's value while a record crosses threads (never a valid value). */
const LEFT_OUT = null;

/**
 * A record as it leaves the thread that checked it: lazy fields replaced by a placeholder, in
 * place (the record is the schema's fresh output, owned by the caller). Returns its digest
 * too: the kind, the id and everything the rules can see without reading a lazy field, so
 * that two records with one digest look the same to the corpus rules. Where the file's text
 * is plain block YAML (`blockText`), the digest is taken from the text without the lines of
 * its lazy fields, which costs far less than serialising the record; else from the record.
 */
export function leaveOutLazyFields(
  kind: RecordKind,
  record: AnyRecord,
  blockText?: string,
): { record: AnyRecord; digest: string } {
  const lazy = LAZY_FIELDS[kind];
  const slim = record as Record<string, unknown>;
  for (const key of lazy) if (typeof slim[key] === "string") slim[key] = LEFT_OUT;
  return {
    record,
    digest: blockText === undefined ? digestOf(kind, slim) : textDigest(kind, blockText),
  };
}

/**
 * The digest of a block YAML text without its lazy top-level fields (the key's line and every
 * line after it up to the next one at column 0 that is not blank or a comment) and without
 * comment lines at column 0. In block YAML those lines hold the field's value, or a comment,
 * and nothing else, so equal digests mean equal records but for lazy fields; any other change
 * of formatting only makes the digests differ, and the rules run again.
 */
export function textDigest(kind: RecordKind, text: string): string {
  const lazy = LAZY_FIELDS[kind];
  const kept: string[] = [kind, "\u0000text\u0000"];
  let keepFrom = 0;
  let dropping = false;
  for (let at = 0; at < text.length; ) {
    const end = text.indexOf("\n", at);
    const next = end === -1 ? text.length : end + 1;
    const c = text.charCodeAt(at);
    if (c === 35 /* # */) {
      // A comment at column 0 is never part of a value in block YAML: comments come and go.
      if (!dropping) kept.push(text.slice(keepFrom, at));
      keepFrom = next;
    } else if (c !== 32 && c !== 10) {
      if (dropping) {
        keepFrom = at;
        dropping = false;
      }
      const colon = text.indexOf(":", at);
      if (colon !== -1 && colon < next && lazy.has(text.slice(at, colon))) {
        kept.push(text.slice(keepFrom, at));
        dropping = true;
      }
    }
    at = next;
  }
  if (!dropping) kept.push(text.slice(keepFrom));
  return hash("sha1", kept.join(""), "base64");
}

/** The digest of a file whose record failed its schema: only its id matters across files. */
export function invalidDigest(kind: RecordKind, id: string): string {
  return digestOf(kind, { invalid: id });
}

function digestOf(kind: RecordKind, value: unknown): string {
  return hash("sha1", `${kind}\u0000${JSON.stringify(value)}`, "base64");
}

/** Reads a record back in full from its file, for a lazy field a rule asks for. */
export type RecordReader = (rel: string) => AnyRecord | undefined;

const RELATIVE_PATH = Symbol("the file the record comes from");

/**
 * Makes the left-out fields of records received from workers into getters that read the
 * file again, and counts such reads: any read means the rules depend on free text.
 */
export class LazyFields {
  reads = 0;
  readonly #read: RecordReader;
  readonly #getters = new Map<string, (this: Record<symbol, unknown>) => unknown>();

  constructor(read: RecordReader) {
    this.#read = read;
  }

  #getterOf(key: string): (this: Record<symbol, unknown>) => unknown {
    let get = this.#getters.get(key);
    if (get === undefined) {
      const fields = this;
      get = function (this: Record<symbol, unknown>) {
        fields.reads++;
        const full = fields.#read(this[RELATIVE_PATH] as string) as
          | Record<string, unknown>
          | undefined;
        return full?.[key];
      };
      this.#getters.set(key, get);
    }
    return get;
  }

  /** The record with getters for its left-out fields; keys keep their order. */
  attach(kind: RecordKind, record: AnyRecord, rel: string): AnyRecord {
    const lazy = LAZY_FIELDS[kind];
    const out: Record<string | symbol, unknown> = {};
    let any = false;
    for (const [key, value] of Object.entries(record)) {
      if (value === LEFT_OUT && lazy.has(key)) {
        // One getter function per field, shared by every record, keeps their shapes alike.
        Object.defineProperty(out, key, {
          get: this.#getterOf(key),
          enumerable: true,
          configurable: true,
        });
        any = true;
      } else out[key] = value;
    }
    if (!any) return record;
    Object.defineProperty(out, RELATIVE_PATH, { value: rel });
    return out as AnyRecord;
  }
}
