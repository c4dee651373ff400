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
 * Checks every quote of every claim against the archived snapshot of its source, where the
 * source has one: the quote must be verbatim in the text, and the file must match its hash.
 */
export function checkSnapshots(
  claims: readonly Claim[],
  sources: readonly Source[],
  read: SnapshotReader,
): SnapshotFinding[] {
  const findings: SnapshotFinding[] = [];
  // Normalised snapshot text of each source that has a readable one.
  const texts = new Map<string, string>();
  for (const source of sources) {
    const snapshot = source.archive?.snapshot;
    if (snapshot === undefined) continue;
    const bytes = read(snapshot);
    if (bytes === undefined) {
      findings.push({
        code: "snapshot-missing",
        recordKind: "source",
        recordId: source.id,
        path: ["archive", "snapshot"],
        message: `no snapshot "${snapshot}" in the archive folder`,
        hint: `add the document's text as archive/${snapshot}, or fix the file name`,
      });
      continue;
    }
    const expected = source.archive?.sha256;
    if (expected !== undefined) {
      const actual = createHash("sha256").update(bytes).digest("hex");
      if (actual !== expected)
        findings.push({
          code: "snapshot-hash-mismatch",
          recordKind: "source",
          recordId: source.id,
          path: ["archive", "sha256"],
          message: `archive/${snapshot} has SHA-256 ${actual}, not ${expected}`,
          hint: "restore the archived text as published, or update sha256 if the snapshot was deliberately re-taken",
        });
    }
    texts.set(source.id, normaliseQuoteText(decoder.decode(bytes)));
  }
  for (const claim of claims)
    for (const [i, appearance] of claim.appearances.entries()) {
      const text = texts.get(appearance.source);
      if (text === undefined) continue;
      if (!text.includes(normaliseQuoteText(appearance.quote)))
        findings.push({
          code: "quote-not-in-snapshot",
          recordKind: "claim",
          recordId: claim.id,
          path: ["appearances", i, "quote"],
          message: `the quote is not in the snapshot of source "${appearance.source}"`,
          hint: "copy the words exactly as the archived text has them (only whitespace and typographic quotes may differ)",
        });
    }
  return findings;
}
