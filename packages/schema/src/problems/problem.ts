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
  /** An error fails validation; a warning is shown and does not. */
  readonly severity: Severity;
  /** What is wrong, in a sentence, naming the value where it helps. */
  readonly message: string;
  /** How to fix it. */
  readonly hint: string;
  /** The id of the record the problem is in, where it has one. */
  readonly recordId?: string;
  /** The kind of that record. */
  readonly recordKind?: RecordKind;
  /** Path to the offending value inside the record. */
  readonly path: readonly PathSegment[];
  /** The file the record was read from, where it was read from one. */
  readonly file?: string;
  /** The line (from 1) of the offending value in that file, where known. */
  readonly line?: number;
  /** The column (from 1) of the offending value on that line, where known. */
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
