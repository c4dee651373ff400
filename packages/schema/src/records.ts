import * as z from "zod";
import { Actor } from "./models/actor.js";
import { Claim } from "./models/claim.js";
import { Incident } from "./models/incident.js";
import { type Redirect, RedirectsFile } from "./models/redirect.js";
import { Source } from "./models/source.js";
import { escapeForMessage } from "./primitives/unsafe-characters.js";
import { problemsFromZodError } from "./problems/from-zod.js";
import { type Problem, RECORD_KINDS, type RecordKind } from "./problems/problem.js";
import { didYouMean } from "./problems/suggest.js";

/** The schema of each record kind. */
export const RECORD_SCHEMAS = {
  incident: Incident,
  claim: Claim,
  actor: Actor,
  source: Source,
} as const satisfies Record<RecordKind, z.ZodType>;

export interface RecordOfKind {
  incident: Incident;
  claim: Claim;
  actor: Actor;
  source: Source;
}

/** A whole set of records, validated one by one: what the corpus rules check. */
export interface Corpus {
  readonly incidents: readonly Incident[];
  readonly claims: readonly Claim[];
  readonly actors: readonly Actor[];
  readonly sources: readonly Source[];
  /**
   * The old ids of renamed or merged records and where they lead (a data folder's
   * redirects.yaml); none when left out.
   */
  readonly redirects?: readonly Redirect[];
}

export type ParseRecordResult<K extends RecordKind> =
  | { readonly ok: true; readonly record: RecordOfKind[K]; readonly problems: readonly [] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Each record schema compiled by zod into one flat validator (same results and issues; about
 * twice as fast per record, measured on the bench corpus), made on first use of each kind.
 */
const compiled: { [K in RecordKind]?: (typeof RECORD_SCHEMAS)[K] } = {};

function compiledSchema<K extends RecordKind>(kind: K): (typeof RECORD_SCHEMAS)[K] {
  const known = compiled[kind];
  if (known !== undefined) return known;
  const made = z.compile(RECORD_SCHEMAS[kind]) as (typeof RECORD_SCHEMAS)[K];
  compiled[kind] = made;
  return made;
}

/** The problem of a kind that is none of the record kinds (from JavaScript, or cast data). */
function unknownKind(kind: unknown): Problem {
  const given = typeof kind === "string" ? kind : String(kind);
  const close = didYouMean(given, RECORD_KINDS);
  return {
    code: "unknown-kind",
    severity: "error",
    message: `there is no record kind "${escapeForMessage(given)}"`,
    hint:
      close === undefined
        ? `give one of ${RECORD_KINDS.join(", ")}`
        : `did you mean "${close}"? The kinds are ${RECORD_KINDS.join(", ")}`,
    path: [],
  };
}

/**
 * Validates one record of a kind; problems carry stable codes and hints, never exceptions
 * (a kind that is none of the record kinds is an `unknown-kind` problem).
 */
export function parseRecord<K extends RecordKind>(kind: K, data: unknown): ParseRecordResult<K> {
  if (typeof kind !== "string" || !Object.hasOwn(RECORD_SCHEMAS, kind))
    return { ok: false, problems: [unknownKind(kind)] };
  const schema = RECORD_SCHEMAS[kind];
  const result = compiledSchema(kind).safeParse(data);
  if (result.success) return { ok: true, record: result.data as RecordOfKind[K], problems: [] };
  const id =
    data !== null && typeof data === "object" && typeof (data as { id?: unknown }).id === "string"
      ? (data as { id: string }).id
      : undefined;
  return {
    ok: false,
    problems: problemsFromZodError(result.error, {
      schema,
      data,
      recordKind: kind,
      ...(id === undefined ? {} : { recordId: id }),
    }),
  };
}

export type ParseRedirectsResult =
  | { readonly ok: true; readonly redirects: readonly Redirect[]; readonly problems: readonly [] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Validates a redirects file (`{ redirects: [...] }`, as redirects.yaml holds it) against its
 * schema; never throws. The corpus rules then check the redirects against the records.
 */
export function parseRedirects(data: unknown): ParseRedirectsResult {
  const result = RedirectsFile.safeParse(data);
  if (result.success) return { ok: true, redirects: result.data.redirects, problems: [] };
  return {
    ok: false,
    problems: problemsFromZodError(result.error, { schema: RedirectsFile, data }),
  };
}
