import { createHash } from "node:crypto";
import type { Claim, PathSegment, RecordKind, Source } from "@leaks/schema";
import type { LoaderProblemCode } from "../codes.js";
import { type ClosestPassage, closestPassage, SnapshotWords } from "./closest-passage.js";

/**
 * Reads an archived snapshot by its path relative to the archive folder; undefined if absent,
 * `{ refused }` (in words) where it is there but must not be read (a link, a FIFO, too large).
 */
export type SnapshotReader = (
  snapshot: string,
) => Uint8Array | undefined | { readonly refused: string };

export interface SnapshotFinding {
  readonly code: Extract<
    LoaderProblemCode,
    "snapshot-missing" | "snapshot-unreadable" | "snapshot-hash-mismatch" | "quote-not-in-snapshot"
  >;
  readonly recordKind: RecordKind;
  readonly recordId: string;
  readonly path: readonly PathSegment[];
  readonly message: string;
  readonly hint: string;
}

/** The straight quote each typographic quote or prime is compared as. */
export const STRAIGHT_QUOTES: Readonly<Record<string, string>> = {
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
    .normalize("NFC")
    .replace(TYPOGRAPHIC_QUOTES, (quote) => STRAIGHT_QUOTES[quote] ?? quote)
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
  /** Why a snapshot that is there was not read, in words ("a symbolic link, not a regular file"). */
  readonly refused?: string;
  /** The actual hash, where it differs from the expected one. */
  readonly mismatch?: string;
  /** Indexes into the task's quotes of those not in the text. */
  readonly absent: readonly number[];
  /** For each absent quote, the passage of the text closest to it; null where none is close. */
  readonly closest: readonly (ClosestPassage | null)[];
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
  if (bytes === undefined) return { missing: true, absent: [], closest: [] };
  let mismatch: string | undefined;
  if (task.sha256 !== undefined) {
    const actual = createHash("sha256").update(bytes).digest("hex");
    if (actual !== task.sha256) mismatch = actual;
  }
  const raw = decoder.decode(bytes);
  const text = normaliseQuoteText(raw);
  const absent: number[] = [];
  for (const [i, quote] of task.quotes.entries()) if (!text.includes(quote)) absent.push(i);
  // Only a quote that is not there costs the search for what comes closest.
  const words =
    absent.length === 0
      ? undefined
      : new SnapshotWords(
          text,
          raw,
          absent.map((i) => task.quotes[i] as string),
        );
  const closest = absent.map((i) =>
    words === undefined ? null : (closestPassage(task.quotes[i] as string, words) ?? null),
  );
  return { missing: false, ...(mismatch === undefined ? {} : { mismatch }), absent, closest };
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
    if (outcome.refused !== undefined) {
      findings.push({
        code: "snapshot-unreadable",
        recordKind: "source",
        recordId: source.id,
        path: ["archive", "snapshot"],
        message: `archive/${task.snapshot} is ${outcome.refused}: not read`,
        hint: `put the document's text itself at archive/${task.snapshot}, as a regular file of at most 16 MiB, with no symbolic link on the way`,
      });
      continue;
    }
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
  // Beside each absent quote (claim and appearance index): its snapshot and closest passage.
  const found: { snapshot: string; closest: ClosestPassage | null }[] = [];
  for (const t of quoteChecks.values()) {
    const at = plan.origins[t]?.at ?? [];
    const outcome = outcomes[t];
    const snapshot = plan.tasks[t]?.snapshot ?? "";
    for (const [k, i] of (outcome?.absent ?? []).entries()) {
      absent.push(at[2 * i] as number, at[2 * i + 1] as number);
      found.push({ snapshot, closest: outcome?.closest[k] ?? null });
    }
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
    const { snapshot, closest } = found[i / 2] as (typeof found)[number];
    findings.push({
      code: "quote-not-in-snapshot",
      recordKind: "claim",
      recordId: claim.id,
      path: ["appearances", a, "quote"],
      ...quoteNotFound(`archive/${snapshot}`, closest),
    });
  }
  return findings;
}

/** Differences named in a message; past these, their number. */
const DIFFERENCES_SHOWN = 3;
/** Characters of one side of a difference shown; past these, an ellipsis in the middle. */
const EXCERPT_LENGTH = 80;
// Controls, format characters (bidi overrides, zero-width and soft hyphens) and lone
// surrogates: a terminal would act on them, or show nothing where the texts differ.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;

/** Text from a snapshot or a quote, safe and visible on one line of a terminal. */
export function printable(text: string): string {
  const shown =
    text.length <= EXCERPT_LENGTH
      ? text
      : `${text.slice(0, EXCERPT_LENGTH / 2)}…${text.slice(-EXCERPT_LENGTH / 2)}`;
  return shown.replace(
    UNPRINTABLE,
    (c) => `<U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}>`,
  );
}

/**
 * What a missing quote's problem says: where the closest passage is and how it differs. The
 * excerpts are set in typographic quotes, which normalised text never holds.
 */
function quoteNotFound(
  archived: string,
  closest: ClosestPassage | null,
): { message: string; hint: string } {
  if (closest === null)
    return {
      message: `quote not found in ${archived}, nor any passage close to it`,
      hint: "check that the appearance names the source these words come from, then copy them exactly as its archived text has them",
    };
  const shown = closest.differences.slice(0, DIFFERENCES_SHOWN);
  const more = closest.differences.length - shown.length;
  const listed = shown
    .map(
      (d, i) =>
        `“${printable(d.text)}” where ${i === 0 ? "the quote" : "it"} has “${printable(d.quote)}”`,
    )
    .join(", and ");
  return {
    message: `quote not found in ${archived}: the closest passage, at line ${closest.line}, has ${listed}${
      more === 0 ? "" : ` (and ${more} more difference${more === 1 ? "" : "s"})`
    }`,
    hint: "copy the words exactly as the archived text has them (only whitespace and typographic quotes may differ)",
  };
}

/** Runs the snapshot tasks in this thread, reading each snapshot with `read`. */
export function readSnapshots(
  tasks: readonly SnapshotTask[],
  read: SnapshotReader,
): SnapshotOutcome[] {
  return tasks.map((task): SnapshotOutcome => {
    const bytes = read(task.snapshot);
    return bytes !== undefined && "refused" in bytes
      ? { missing: true, refused: bytes.refused, absent: [], closest: [] }
      : runSnapshotTask(task, bytes);
  });
}
