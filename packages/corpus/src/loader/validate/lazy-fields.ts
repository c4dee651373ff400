import { hash } from "node:crypto";
import {
  type RecordKind,
  type RecordOfKind,
  readStatement,
  STATEMENT_READING,
  type StatementReading,
} from "@leaks/schema";

/**
 * Free-text fields that no corpus rule reads today: the records `leaks validate` gathers for
 * the rules leave them out, which spares memory, and read them back from the file only if a
 * rule asks. A claim's statement is left out too: the rules see it only as its reading
 * (`statementReading`), which goes with the record instead. Short fields a rule tests for
 * presence (a source's title) stay in.
 */
const LAZY_FIELDS: Readonly<Record<RecordKind, ReadonlySet<string>>> = {
  claim: new Set(["notes", "statement"]),
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
 * that two records with one digest look the same to the corpus rules.
 */
export function leaveOutLazyFields(
  kind: RecordKind,
  record: AnyRecord,
): { record: AnyRecord; digest: string; reading?: StatementReading } {
  const lazy = LAZY_FIELDS[kind];
  const slim = record as unknown as Record<string, unknown>;
  const reading =
    kind === "claim" && typeof slim.statement === "string"
      ? readStatement(slim.statement)
      : undefined;
  for (const key of lazy) if (typeof slim[key] === "string") slim[key] = LEFT_OUT;
  // A statement reworded so that it reads the same (no hedge added or dropped) leaves the
  // digest as it was: the rules cannot tell the difference.
  return reading === undefined
    ? { record, digest: digestOf(kind, slim) }
    : { record, digest: digestOf(kind, [slim, reading.hedged, reading.possibility]), reading };
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

  /**
   * The record with getters for its left-out fields (keys keep their order), and the
   * statement's reading where the thread that read the file took one.
   */
  attach(kind: RecordKind, record: AnyRecord, rel: string, reading?: StatementReading): AnyRecord {
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
    if (reading !== undefined) Object.defineProperty(out, STATEMENT_READING, { value: reading });
    return out as unknown as AnyRecord;
  }
}
