import { CITATION_LABELS } from "../labels";
import { safeHttpUrl } from "../safe-url";
import type { ActorRef, CitationView, ClaimRef, ClaimView, SourceRef } from "../views";
import { claimView } from "./claim-view";
import { paragraphs } from "./incidents";
import { actorRef, citationViews, claimRef, inferredText, sourceRef } from "./refs";
import { recordPath } from "./routes";
import { index, reverse } from "./store";

/** A source's text kept in the repository, as its record names it, with the quotes taken from it. */
export interface SnapshotRecord {
  readonly source: SourceRef;
  /** Its path in the archive folder of @leaks/corpus. */
  readonly file: string;
  /** The SHA-256 the record gives, lowercase hex. */
  readonly sha256?: string;
  readonly archiveUrl?: string;
  readonly language: string;
  readonly quotes: readonly {
    readonly claim: ClaimRef;
    readonly appearance: number;
    readonly quote: string;
  }[];
}

/** The sources with a snapshot kept in the repository. */
export function snapshotSourceIds(): string[] {
  return index()
    .corpus.sources.filter((source) => source.archive?.snapshot !== undefined)
    .map((source) => source.id);
}

export function snapshotRecord(id: string): SnapshotRecord | undefined {
  const source = index().sources.get(id);
  const file = source?.archive?.snapshot;
  if (source === undefined || file === undefined) return undefined;
  const sha256 = source.archive?.sha256;
  const archiveUrl = safeHttpUrl(source.archive?.url);
  return {
    source: sourceRef(id),
    file,
    ...(sha256 === undefined ? {} : { sha256 }),
    ...(archiveUrl === undefined ? {} : { archiveUrl }),
    language: source.language,
    quotes: (reverse().appearancesIn.get(id) ?? []).map(({ claim, appearance, quote }) => ({
      claim: claimRef(claim.id),
      appearance,
      quote,
    })),
  };
}

export interface SourcePage extends SourceRef {
  readonly title?: string;
  readonly description?: string;
  readonly authors: readonly ActorRef[];
  readonly language: string;
  /** Where the document carries no date: what its date is inferred from. */
  readonly publishedInferred?: string;
  readonly archiveUrl?: string;
  readonly cites: readonly CitationView[];
  readonly citedBy: readonly { readonly relationLabel: string; readonly source: SourceRef }[];
  readonly appearances: readonly {
    readonly claim: ClaimView;
    /** Its index among the claim's appearances: the quote's anchor in the archived text. */
    readonly appearance: number;
    readonly quote: string;
    readonly locator?: string;
  }[];
  readonly notes?: readonly string[];
  readonly recordPath: string;
}

export function getSource(id: string): SourcePage | undefined {
  const source = index().sources.get(id);
  if (source === undefined) return undefined;
  const links = reverse();
  const archiveUrl = safeHttpUrl(source.archive?.url);
  return {
    ...sourceRef(id),
    ...(source.title === undefined ? {} : { title: source.title }),
    ...(source.description === undefined ? {} : { description: source.description }),
    authors: source.authors.map(actorRef),
    language: source.language,
    ...(source.publishedInferred === undefined
      ? {}
      : { publishedInferred: inferredText(source.publishedInferred) }),
    ...(archiveUrl === undefined ? {} : { archiveUrl }),
    cites: citationViews(id),
    citedBy: (links.citersOf.get(id) ?? []).map(({ source: other, relation }) => ({
      relationLabel: CITATION_LABELS[relation as keyof typeof CITATION_LABELS],
      source: sourceRef(other.id),
    })),
    appearances: (links.appearancesIn.get(id) ?? []).map(
      ({ claim, appearance, quote, locator }) => ({
        claim: claimView(claim),
        appearance,
        quote,
        ...(locator === undefined ? {} : { locator }),
      }),
    ),
    ...(source.notes === undefined ? {} : { notes: paragraphs(source.notes) }),
    recordPath: recordPath("source", id),
  };
}
