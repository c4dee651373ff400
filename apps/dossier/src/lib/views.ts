// The typed shapes pages and components receive from `corpus.ts`: records resolved, labelled
// and dated, so that no component looks anything up or reads data itself.
import type { DateView } from "./dates";
import type { CredibilityNumber, ReliabilityLetter } from "./labels";

export type StandingGroup = "established" | "reported" | "contested" | "denied" | "opinion";

export interface Country {
  readonly code: string;
  readonly name: string;
  /** Its page of incidents, where any incident lists it. */
  readonly href?: string;
}

export interface ActorRef {
  readonly id: string;
  readonly name: string;
  readonly kindLabel: string;
  readonly href: string;
}

export interface ReliabilityView {
  readonly grade: ReliabilityLetter;
  readonly meaning: string;
  readonly gradedBy: string;
  readonly gradedOn: string;
  readonly rationale: string;
}

export interface CredibilityView {
  readonly grade: CredibilityNumber;
  readonly meaning: string;
  readonly gradedBy: string;
  readonly gradedOn: string;
  readonly rationale: string;
}

export interface SourceRef {
  readonly id: string;
  /** The title, else the neutral description, else publisher and date. */
  readonly label: string;
  readonly kind: string;
  readonly kindLabel: string;
  readonly publisher?: ActorRef;
  readonly published?: DateView;
  /** Only ever an http(s) URL. */
  readonly url?: string;
  readonly reliability: ReliabilityView;
  readonly href: string;
}

/** How one source draws on another: a direct edge of the citation graph. */
export interface CitationView {
  readonly relation: string;
  readonly relationLabel: string;
  /** Relays, quotes and summaries make two reports one; a plain citation does not. */
  readonly dependent: boolean;
  readonly note?: string;
  readonly source: SourceRef;
}

/** One path from a source back to an original report, through relays, quotes and summaries. */
export interface RelayPathView {
  readonly steps: readonly {
    readonly relation: string;
    readonly relationLabel: string;
    readonly source: SourceRef;
  }[];
}

export type ClaimantView =
  | { readonly kind: "actor"; readonly actor: ActorRef }
  | {
      readonly kind: "anonymous";
      readonly description: string;
      /** Every known detail of the descriptor in one sentence. */
      readonly spelledOut: string;
      readonly relayedBy?: ActorRef;
    }
  | { readonly kind: "source-author"; readonly source: SourceRef };

export interface AppearanceView {
  readonly source: SourceRef;
  readonly quote: string;
  readonly locator?: string;
  /** Paths back to the original reports; empty when the source is its own origin. */
  readonly relayPaths: readonly RelayPathView[];
  /**
   * How the claim reached this source, origin first: the claimant (unless the claim is in a
   * source's own voice), the source it entered the record through, each relay, this source.
   */
  readonly chain: readonly ChainNodeView[];
  /** `B2 = usually reliable, probably true`. */
  readonly admiralty: string;
  /** The pair as its code alone: `B2`. */
  readonly admiraltyCode: string;
}

/** One link of a claim's chain: who said it, or which outlet carried it. */
export interface ChainNodeView {
  /** The claimant who told the first source, or a source that carried the claim. */
  readonly kind: "claimant" | "source";
  /** The source's id, for a source; the actor's, for a named claimant. */
  readonly id?: string;
  readonly label: string;
  readonly href?: string;
}

export interface IncidentRef {
  readonly id: string;
  readonly title: string;
  readonly href: string;
}

export interface ClaimRef {
  readonly id: string;
  readonly statement: string;
  readonly href: string;
}

export interface ClaimRelationView {
  readonly type: string;
  readonly label: string;
  readonly note?: string;
  readonly claim: ClaimRef;
}

export interface ClaimView {
  readonly id: string;
  /** The fragment id on its dossier, `claim-<id>`. */
  readonly anchor: string;
  /**
   * The anchors of the claim's old ids (renamed, or merged into it): kept on the page, so that
   * a link made before the change still lands on the claim.
   */
  readonly formerAnchors: readonly string[];
  readonly href: string;
  readonly statement: string;
  readonly nature: string;
  readonly natureLabel: string;
  readonly standing: string;
  readonly standingLabel: string;
  readonly standingMeaning: string;
  readonly group: StandingGroup;
  readonly credibility: CredibilityView;
  readonly claimant: ClaimantView;
  readonly appearances: readonly AppearanceView[];
  /** Last day of the earliest source's publication date: by then the claim was certainly public. */
  readonly knownFrom?: string;
  readonly firstReported?: DateView;
  /** Where the claim's own sources are undated: the later source whose date bounds theirs. */
  readonly firstReportedVia?: SourceRef;
  readonly concerns?: DateView;
  readonly relations: readonly ClaimRelationView[];
  readonly incidents: readonly IncidentRef[];
  /**
   * Independent origins of this claim, from its own appearances' chains: origins with one
   * publisher, or one of which draws on the other, count once.
   */
  readonly independentOrigins: number;
  /** Where the claim entered the record: the first source of each chain, once each. */
  readonly origins: readonly SourceRef[];
  readonly notes?: string;
}

export interface ClaimGroupView {
  readonly group: StandingGroup;
  readonly title: string;
  readonly description: string;
  readonly claims: readonly ClaimView[];
}

export type PartyView =
  | { readonly kind: "actor"; readonly actor: ActorRef }
  | { readonly kind: "anonymous"; readonly spelledOut: string; readonly relayedBy?: ActorRef };

export interface InvolvementView {
  readonly party: PartyView;
  readonly status: string;
  readonly claims: readonly ClaimRef[];
}

export interface DatedFactView {
  readonly date: DateView;
  readonly claims: readonly ClaimRef[];
}

export interface MarkingView {
  readonly levelLabel: string;
  readonly marking?: string;
  readonly claims: readonly ClaimRef[];
}

export interface TimelineEntryView {
  readonly date: DateView;
  /** Where the date is inferred: the words it comes from and what they are read against. */
  readonly inferred?: string;
  readonly event: string;
  readonly claims: readonly ClaimRef[];
}

export interface RelationshipRef {
  readonly id: string;
  readonly label: string;
  readonly parties: readonly ActorRef[];
  readonly href: string;
}

export interface ImpactView {
  readonly relationship: RelationshipRef;
  readonly incident: IncidentRef;
  readonly effect: string;
  readonly effectLabel: string;
  readonly certainty: string;
  readonly certaintyLabel: string;
  readonly certaintyMeaning: string;
  /** The credibility grades (1-6) of the claims it rests on, as cited. */
  readonly claimGrades: readonly number[];
  readonly description: string;
  readonly from?: DateView;
  readonly to?: DateView;
  readonly claims: readonly ClaimRef[];
}

export interface ActorInvolvement {
  readonly actor: ActorRef;
  readonly roles: readonly string[];
}

export interface SourceEntry {
  readonly source: SourceRef;
  readonly cites: readonly CitationView[];
  /** Claims of this incident that quote it; 0 for a source only drawn on by others. */
  readonly claimCount: number;
}

export interface RelatedIncidentView {
  readonly label: string;
  readonly note?: string;
  readonly incident: IncidentRef;
}

export interface IncidentSummary {
  readonly id: string;
  readonly title: string;
  readonly href: string;
  readonly kind: string;
  readonly kindLabel: string;
  /** When it happened, else when it became public. */
  readonly date?: DateView;
  readonly countries: readonly Country[];
  readonly claimCount: number;
  /** How many pairs of its claims contradict each other (the dossier's contested pairs). */
  readonly contestedCount: number;
  readonly lede: string;
}

/** One sentence of a summary, with the claims it rests on (none where the record gives no basis). */
export interface SummarySentenceView {
  readonly text: string;
  readonly claims: readonly ClaimRef[];
}

export interface Dossier extends IncidentSummary {
  /** The summary by paragraph, each paragraph as its sentences. */
  readonly summary: readonly (readonly SummarySentenceView[])[];
  readonly dates: {
    readonly happened?: DatedFactView;
    readonly public?: DatedFactView;
    readonly acknowledged?: DatedFactView;
  };
  readonly disclosedBy: readonly InvolvementView[];
  readonly receivedBy: readonly InvolvementView[];
  readonly originators: readonly InvolvementView[];
  readonly markings: readonly MarkingView[];
  readonly timeline: readonly TimelineEntryView[];
  readonly groups: readonly ClaimGroupView[];
  /** Each claim's number in the ledger, in reading order: facts above cite claims by it. */
  readonly claimNumbers: Readonly<Record<string, number>>;
  /** Pairs of this dossier's claims that contradict each other: they cannot both be true. */
  readonly contestedPairs: readonly (readonly [ClaimView, ClaimView])[];
  /** Pairs in tension: both can be true, but they pull in different directions. */
  readonly tensionPairs: readonly (readonly [ClaimView, ClaimView])[];
  readonly impacts: readonly ImpactView[];
  readonly actors: readonly ActorInvolvement[];
  readonly sources: readonly SourceEntry[];
  readonly related: readonly RelatedIncidentView[];
  readonly notes?: readonly string[];
  readonly tags: readonly string[];
  /** Where the record lives in the repository. */
  readonly recordPath: string;
}
