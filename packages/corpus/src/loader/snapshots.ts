import { createHash } from "node:crypto";
import type { Claim, PathSegment, RecordKind, Source } from "@leaks/schema";
import type { LoaderProblemCode } from "./codes.js";

/** Reads an archived snapshot by its path relative to the archive folder; undefined if absent. */
export type SnapshotReader = (snapshot: string) => Uint8Array | undefined;

export interface SnapshotFinding {
  readonly code: Extract<
    LoaderProblemCode,
    "snapshot-missing" | "snapshot-hash-mismatch" | "quote-not-in-snapshot"
  >;
  readonly recordKind: RecordKind;
  readonly recordId: string;
  readonly path: readonly PathSegment[];
  readonly message: string;
  readonly hint: string;
}

const STRAIGHT: Readonly<Record<string, string>> = {
  "‘": "'",
  "’": "'",
  "‚": "'",
  "‛": "'",
  "′": "'",
  "‵": "'",
  "＇": "'",
  "“": '"',
  "”": '"',
  "„": '"',
  "‟": '"',
  "″": '"',
  "‶": '"',
  "＂": '"',
};
const TYPOGRAPHIC_QUOTES = /[‘’‚‛′‵＇“”„‟″‶＂]/g;
// Runs of whitespace, or one whitespace character other than a space: single spaces stay as
// they are, which spares most of the replacements in a long text.
const WHITESPACE = /\s{2,}|[^\S ]/g;

/**
 * What a quote is compared as: whitespace runs as one space, typographic quotes and primes as
 * straight ones. Nothing else is forgiven, so a quote stays verbatim.
 */
export function normaliseQuoteText(text: string): string {
  return text
    .replace(TYPOGRAPHIC_QUOTES, (quote) => STRAIGHT[quote] ?? quote)
    .replace(WHITESPACE, " ")
    .trim();
}

const decoder = new TextDecoder("utf-8");

/**
 * The check of one source's snapshot: the file, its expected hash, and the quotes of every
 * claim that appears in a source of this id. Plain data, so that a worker can run it.
 */
export interface SnapshotTask {
  /** Index of the source in the corpus's sources. */
  readonly source: number;
  readonly snapshot: string;
  readonly sha256?: string;
  /** Normalised quotes to find in the normalised text. */
  readonly quotes: readonly string[];
}

export interface SnapshotOutcome {
  readonly missing: boolean;
  /** The actual hash, where it differs from the expected one. */
  readonly mismatch?: string;
  /** Indexes into the task's quotes of those not in the text. */
  readonly absent: readonly number[];
}

/** Where each quote of a task comes from: claim index and appearance index, in pairs. */
interface QuoteOrigins {
  readonly at: number[];
}

export interface SnapshotPlan {
  readonly tasks: readonly SnapshotTask[];
  readonly origins: readonly QuoteOrigins[];
}

/**
 * Plans the snapshot checks: one task per source with a snapshot, holding the quotes that
 * cite its id. Each snapshot is then read, hashed and normalised once, whatever cites it.
 */
export function planSnapshotChecks(
  claims: readonly Claim[],
  sources: readonly Source[],
): SnapshotPlan {
  const quotesOf = new Map<string, { quotes: string[]; at: number[] }>();
  for (const source of sources)
    if (source.archive?.snapshot !== undefined && !quotesOf.has(source.id))
      quotesOf.set(source.id, { quotes: [], at: [] });
  for (const [c, claim] of claims.entries())
    for (const [a, appearance] of claim.appearances.entries()) {
      const group = quotesOf.get(appearance.source);
      if (group === undefined) continue;
      group.quotes.push(normaliseQuoteText(appearance.quote));
      group.at.push(c, a);
    }
  const tasks: SnapshotTask[] = [];
  const origins: QuoteOrigins[] = [];
  for (const [index, source] of sources.entries()) {
    const snapshot = source.archive?.snapshot;
    if (snapshot === undefined) continue;
    const group = quotesOf.get(source.id) ?? { quotes: [], at: [] };
    const sha256 = source.archive?.sha256;
    tasks.push({
      source: index,
      snapshot,
      ...(sha256 === undefined ? {} : { sha256 }),
      quotes: group.quotes,
    });
    origins.push({ at: group.at });
  }
  return { tasks, origins };
}

/** Runs one task on the snapshot's bytes (undefined when it could not be read). */
export function runSnapshotTask(
  task: SnapshotTask,
  bytes: Uint8Array | undefined,
): SnapshotOutcome {
  if (bytes === undefined) return { missing: true, absent: [] };
  let mismatch: string | undefined;
  if (task.sha256 !== undefined) {
    const actual = createHash("sha256").update(bytes).digest("hex");
    if (actual !== task.sha256) mismatch = actual;
  }
  const text = normaliseQuoteText(decoder.decode(bytes));
  const absent: number[] = [];
  for (const [i, quote] of task.quotes.entries()) if (!text.includes(quote)) absent.push(i);
  return { missing: false, ...(mismatch === undefined ? {} : { mismatch }), absent };
}

/** The findings of a plan's outcomes, in the order sources and then claims are listed. */
export function snapshotFindings(
  claims: readonly Claim[],
  sources: readonly Source[],
  plan: SnapshotPlan,
  outcomes: readonly SnapshotOutcome[],
): SnapshotFinding[] {
  const findings: SnapshotFinding[] = [];
  // Where sources share an id, quotes are held against the last one with a readable snapshot.
  const quoteChecks = new Map<string, number>();
  for (const [t, task] of plan.tasks.entries()) {
    const source = sources[task.source] as Source;
    const outcome = outcomes[t] as SnapshotOutcome;
    if (outcome.missing) {
      findings.push({
        code: "snapshot-missing",
        recordKind: "source",
        recordId: source.id,
        path: ["archive", "snapshot"],
        message: `no snapshot "${task.snapshot}" in the archive folder`,
        hint: `add the document's text as archive/${task.snapshot}, or fix the file name`,
      });
      continue;
    }
    if (outcome.mismatch !== undefined)
      findings.push({
        code: "snapshot-hash-mismatch",
        recordKind: "source",
        recordId: source.id,
        path: ["archive", "sha256"],
        message: `archive/${task.snapshot} has SHA-256 ${outcome.mismatch}, not ${task.sha256}`,
        hint: "restore the archived text as published, or update sha256 if the snapshot was deliberately re-taken",
      });
    quoteChecks.set(source.id, t);
  }
  const absent: number[] = [];
  for (const t of quoteChecks.values()) {
    const at = plan.origins[t]?.at ?? [];
    for (const i of outcomes[t]?.absent ?? [])
      absent.push(at[2 * i] as number, at[2 * i + 1] as number);
  }
  // Claim by claim, appearance by appearance, as the claims are listed.
  const order: number[] = [];
  for (let i = 0; i < absent.length; i += 2) order.push(i);
  order.sort(
    (x, y) =>
      (absent[x] as number) - (absent[y] as number) ||
      (absent[x + 1] as number) - (absent[y + 1] as number),
  );
  for (const i of order) {
    const claim = claims[absent[i] as number] as Claim;
    const a = absent[i + 1] as number;
    const appearance = claim.appearances[a];
    if (appearance === undefined) continue;
    findings.push({
      code: "quote-not-in-snapshot",
      recordKind: "claim",
      recordId: claim.id,
      path: ["appearances", a, "quote"],
      message: `the quote is not in the snapshot of source "${appearance.source}"`,
      hint: "copy the words exactly as the archived text has them (only whitespace and typographic quotes may differ)",
    });
  }
  return findings;
}

/**
 * Checks every quote of every claim against the archived snapshot of its source, where the
 * source has one: the quote must be verbatim in the text, and the file must match its hash.
 */
export function checkSnapshots(
  claims: readonly Claim[],
  sources: readonly Source[],
  read: SnapshotReader,
): SnapshotFinding[] {
  const plan = planSnapshotChecks(claims, sources);
  const outcomes = plan.tasks.map((task) => runSnapshotTask(task, read(task.snapshot)));
  return snapshotFindings(claims, sources, plan, outcomes);
}
