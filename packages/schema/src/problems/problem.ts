import * as z from "zod";
import type { ProblemCode } from "./codes.js";

export const SEVERITIES = ["error", "warning"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A step of a path into a record: a key or an array index. */
export type PathSegment = string | number;

/**
 * A problem is data. Codes are stable and documented; messages say what is wrong, hints say
 * what to do. Where the record came from a file, the loader adds `file`, `line` and `column`.
 * `Code` is the union of the codes it can have: those of the schemas and the corpus rules by
 * default; the loader's problems add its own (`@leaks/corpus/loader`'s `CorpusProblem`).
 */
export interface Problem<Code extends string = ProblemCode> {
  /** What is wrong, as a stable code (see docs/problem-codes.md). */
  readonly code: Code;
  readonly severity: Severity;
  readonly message: string;
  readonly hint: string;
  /** The id of the record the problem is in, where it has one. */
  readonly recordId?: string;
  /** The kind of that record. */
  readonly recordKind?: RecordKind;
  /** Path to the offending value inside the record. */
  readonly path: readonly PathSegment[];
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

export const RECORD_KINDS = ["incident", "claim", "actor", "source"] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Schema of a problem, for consumers that read problems as JSON. */
export const ProblemSchema = z.strictObject({
  code: z.string(),
  severity: z.enum(SEVERITIES),
  message: z.string(),
  hint: z.string(),
  recordId: z.string().optional(),
  recordKind: z.enum(RECORD_KINDS).optional(),
  path: z.array(z.union([z.string(), z.int()])),
  file: z.string().optional(),
  line: z.int().optional(),
  column: z.int().optional(),
});
