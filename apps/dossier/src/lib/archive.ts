// The archived texts of sources (the snapshots @leaks/corpus keeps in its archive folder):
// their pages, and the links from a claim's quote to its place in the text.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { type ClaimRef, paths, type SourceRef, snapshotRecord } from "./corpus";
import { markQuotes, QuoteNotFoundError, type TextNode } from "./quote-marks";
import { withTextFragment } from "./text-fragment";

export type { TextNode } from "./quote-marks";

/** Where one quote of a claim can be read in its source. */
export interface QuoteLinks {
  /** The quote's anchor in the source's archived page. */
  readonly archived: string;
  /** The source's own URL with a text fragment of the quote, where the source has a URL. */
  readonly original?: string;
}

/** The anchor of a claim's quote (its `appearance`-th) in the archived text: `q-<claim>-<i>`. */
export function quoteAnchor(claimId: string, appearance: number): string {
  return `q-${claimId}-${appearance}`;
}

/**
 * The links of appearance `appearance` (its index in the claim's appearances) of a claim in a
 * source: undefined where the source has no archived snapshot. Throws where that appearance
 * does not cite this source, a mistake of the caller rather than of the data.
 */
export function quoteLinks(
  source: SourceRef | string,
  claimId: string,
  appearance: number,
): QuoteLinks | undefined {
  const id = typeof source === "string" ? source : source.id;
  const record = snapshotRecord(id);
  if (record === undefined) return undefined;
  const quote = record.quotes.find(
    (q) => q.claim.id === claimId && q.appearance === appearance,
  )?.quote;
  if (quote === undefined)
    throw new Error(`appearance ${appearance} of claim "${claimId}" does not cite source "${id}"`);
  return {
    archived: `${paths.archive(id)}#${quoteAnchor(claimId, appearance)}`,
    ...(record.source.url === undefined
      ? {}
      : { original: withTextFragment(record.source.url, quote) }),
  };
}

/** What identifies a snapshot: its file, where it is served raw, its size and SHA-256. */
export interface SnapshotFacts {
  readonly href: string;
  readonly file: string;
  readonly rawHref: string;
  readonly bytes: number;
  readonly sha256: string;
  /** Whether the record gives the hash too (the build has checked that the two agree). */
  readonly recorded: boolean;
}

export interface ArchivePage extends SnapshotFacts {
  readonly source: SourceRef;
  readonly language: string;
  readonly archiveUrl?: string;
  readonly paragraphs: readonly (readonly TextNode[])[];
  /** Every quote a claim takes from the source, in the order the claims are listed. */
  readonly quotes: readonly {
    readonly id: string;
    readonly href: string;
    readonly quote: string;
    readonly claim: ClaimRef;
  }[];
}

let archiveFolder: string | undefined;

/**
 * The archive folder of @leaks/corpus, which `prepare-downloads` also publishes; a build over
 * another corpus (LEAKS_CORPUS_JSON) names that corpus's own in LEAKS_ARCHIVE_DIR.
 */
function archiveDir(): string {
  const override = process.env.LEAKS_ARCHIVE_DIR;
  if (override !== undefined && override !== "") return override;
  archiveFolder ??= join(
    dirname(
      createRequire(join(process.cwd(), "package.json")).resolve("@leaks/corpus/package.json"),
    ),
    "archive",
  );
  return archiveFolder;
}

const decoder = new TextDecoder("utf-8");
const factsCache = new Map<string, SnapshotFacts & { readonly text: string }>();

function readSnapshot(id: string) {
  const hit = factsCache.get(id);
  if (hit) return hit;
  const record = snapshotRecord(id);
  if (record === undefined) return undefined;
  const dir = archiveDir();
  const path = resolve(dir, record.file);
  const inside = relative(dir, path);
  if (isAbsolute(inside) || inside.split(sep)[0] === "..")
    throw new Error(`source "${id}": snapshot "${record.file}" lies outside the archive folder`);
  const bytes = readFileSync(path);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  // The loader refuses data whose snapshot is not the one recorded; a build over other data stops.
  if (record.sha256 !== undefined && record.sha256 !== sha256)
    throw new Error(
      `source "${id}": archive/${record.file} has SHA-256 ${sha256}, but the record gives ${record.sha256}`,
    );
  const facts = {
    href: paths.archive(id),
    file: record.file,
    rawHref: `/archive/${record.file}`,
    bytes: bytes.byteLength,
    sha256,
    recorded: record.sha256 !== undefined,
    // As the loader reads it (a byte-order mark dropped), in NFC, the form its check compares.
    text: decoder.decode(bytes).normalize("NFC"),
  };
  factsCache.set(id, facts);
  return facts;
}

/** The snapshot's facts, for the source page: undefined where the source has none. */
export function snapshotFacts(id: string): SnapshotFacts | undefined {
  const facts = readSnapshot(id);
  if (facts === undefined) return undefined;
  const { text: _text, ...rest } = facts;
  return rest;
}

export function getArchivePage(id: string): ArchivePage | undefined {
  const record = snapshotRecord(id);
  const facts = readSnapshot(id);
  if (record === undefined || facts === undefined) return undefined;
  const { text, ...rest } = facts;
  const quotes = record.quotes.map((q) => ({
    id: quoteAnchor(q.claim.id, q.appearance),
    href: `#${quoteAnchor(q.claim.id, q.appearance)}`,
    quote: q.quote,
    claim: q.claim,
  }));
  let paragraphs: TextNode[][];
  try {
    paragraphs = markQuotes(text, quotes);
  } catch (error) {
    if (!(error instanceof QuoteNotFoundError)) throw error;
    const q = record.quotes[quotes.findIndex((quote) => quote.id === error.quote.id)];
    throw new Error(
      `source "${id}": the quote of claim "${q?.claim.id}" (appearance ${q?.appearance}) is not in archive/${record.file}: “${error.quote.quote}”`,
    );
  }
  return {
    ...rest,
    source: record.source,
    language: record.language,
    ...(record.archiveUrl === undefined ? {} : { archiveUrl: record.archiveUrl }),
    paragraphs,
    quotes,
  };
}
