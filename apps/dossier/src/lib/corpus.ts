// The one module of the site that reads the corpus. Everything else receives typed views.
import { readFileSync } from "node:fs";
import * as published from "@leaks/corpus";
import {
  type CorpusView,
  createCorpusView,
  relationshipKey,
  type StandingGroup,
  standingGroupOf,
} from "@leaks/corpus";
import { checkRecords, type GivenRecord, recordFilePath } from "@leaks/corpus/loader";
import {
  type Actor,
  type AnonymousSource,
  type ChainNode,
  type Claim,
  type Corpus,
  CREDIBILITY_GRADES,
  type CredibilityGrade,
  comparePartialDates,
  type DateBasis,
  DEPENDENT_CITATIONS,
  formatProblem,
  type Impact,
  type Incident,
  type Involvement,
  type Problem,
  parseRecord,
  parseRedirects,
  RELIABILITY_GRADES,
  type RecordKind,
  type Redirect,
  type RelatedIncident,
  type Source,
  summaryParts,
  textParagraphs,
} from "@leaks/schema";
import { type DateView, dateView } from "./dates";
import {
  ACTOR_KIND_LABELS,
  admiraltyPair,
  CITATION_LABELS,
  CLAIM_NATURE_LABELS,
  CLAIM_RELATION_LABELS,
  CLAIM_STANDING_LABELS,
  CLAIM_STANDING_MEANINGS,
  CLASSIFICATION_LABELS,
  clip,
  countryName,
  IMPACT_CERTAINTY_LABELS,
  IMPACT_CERTAINTY_MEANINGS,
  IMPACT_EFFECT_LABELS,
  INVOLVEMENT_LABELS,
  LEAK_KIND_LABELS,
  RELATED_INCIDENT_INVERSE_LABELS,
  RELATED_INCIDENT_LABELS,
  SOURCE_KIND_LABELS,
} from "./labels";
import { safeHttpUrl } from "./safe-url";
import type {
  ActorInvolvement,
  ActorRef,
  AppearanceView,
  ChainNodeView,
  CitationView,
  ClaimantView,
  ClaimRef,
  ClaimView,
  Country,
  CredibilityView,
  DatedFactView,
  Dossier,
  ImpactView,
  IncidentRef,
  IncidentSummary,
  InvolvementView,
  PartyView,
  RelatedIncidentView,
  RelationshipRef,
  RelayPathView,
  ReliabilityView,
  SourceEntry,
  SourceRef,
  SummarySentenceView,
} from "./views";

export type { DateView } from "./dates";
export type * from "./views";

/* ------------------------------------------------------------------------------------------ */
/* Reading                                                                                     */

const COLLECTIONS = [
  ["incidents", "incident"],
  ["claims", "claim"],
  ["actors", "actor"],
  ["sources", "source"],
] as const satisfies readonly (readonly [keyof Corpus, RecordKind])[];

/** A corpus file that does not validate: the build stops and says where and why. */
export class CorpusError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly Problem<string>[],
  ) {
    super(
      `${file}: ${problems.length} problem(s) in the corpus\n${problems.map(formatProblem).join("\n")}`,
    );
    this.name = "CorpusError";
  }
}

function problem(
  code: string,
  message: string,
  hint: string,
  path: Problem["path"],
): Problem<string> {
  return { code, severity: "error", message, hint, path };
}

/**
 * Validates a corpus JSON of `{ incidents, claims, actors, sources, redirects? }` record by
 * record with the schema: text from a file is untrusted and is never cast to a record type.
 */
export function parseCorpusJson(text: string, file: string): Corpus {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CorpusError(file, [
      problem("invalid-json", String(error), "fix the JSON syntax", []),
    ]);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new CorpusError(file, [
      problem(
        "invalid-corpus",
        "expected an object",
        "write { incidents, claims, actors, sources }",
        [],
      ),
    ]);
  }
  const problems: Problem<string>[] = [];
  const parsed = { incidents: [], claims: [], actors: [], sources: [] } as {
    incidents: Incident[];
    claims: Claim[];
    actors: Actor[];
    sources: Source[];
  };
  // Every record, valid or not, for the checks across records; each known by its place.
  const given: GivenRecord[] = [];
  const places = new Map<string, readonly [keyof Corpus, number]>();
  for (const [key, kind] of COLLECTIONS) {
    const items: unknown = (data as Record<string, unknown>)[key];
    if (!Array.isArray(items)) {
      problems.push(
        problem("invalid-corpus", `"${key}" is not an array`, `give "${key}" as an array`, [key]),
      );
      continue;
    }
    items.forEach((item: unknown, index) => {
      const result = parseRecord(kind, item);
      // Padded, so that the checks, which go by place, take records in the file's order.
      const where = `${key}/${String(index).padStart(9, "0")}`;
      places.set(where, [key, index]);
      const givenId = (item as { id?: unknown } | null)?.id;
      if (result.ok) {
        (parsed[key] as unknown[]).push(result.record);
        given.push({ kind, id: result.record.id, where, record: result.record });
      } else {
        problems.push(...result.problems.map((p) => ({ ...p, path: [key, index, ...p.path] })));
        given.push({ kind, id: typeof givenId === "string" ? givenId : where, where });
      }
    });
  }
  // Redirects are optional: a corpus without them has no old ids.
  let redirects: readonly Redirect[] = [];
  const givenRedirects = (data as { redirects?: unknown }).redirects;
  if (givenRedirects !== undefined) {
    const result = parseRedirects({ redirects: givenRedirects });
    if (result.ok) redirects = result.redirects;
    else problems.push(...result.problems);
  }
  if (problems.length > 0) throw new CorpusError(file, problems);
  // The checks across records of the loader, as they gate the published package: references
  // resolve, dates agree, ids are not confusable, redirects lead straight to a record.
  const today = new Date().toISOString().slice(0, 10);
  const errors = checkRecords(given, { today, redirects, redirectsWhere: "redirects" })
    .filter((p) => p.severity === "error")
    .map(({ file: where, ...p }) => {
      const place = where === undefined ? undefined : places.get(where);
      return place === undefined ? p : { ...p, path: [...place, ...p.path] };
    });
  if (errors.length > 0) throw new CorpusError(file, errors);
  return { ...parsed, redirects };
}

function readRecords(): Corpus {
  // Set at build time to export the site over another corpus (the hostile fixture of the tests).
  const override = process.env.LEAKS_CORPUS_JSON;
  if (override !== undefined && override !== "") {
    return parseCorpusJson(readFileSync(override, "utf8"), override);
  }
  // Validated when @leaks/corpus was built: its build ships no data with an error in it.
  // The shipped records are frozen and typed read-only; the site only reads them.
  const { incidents, claims, actors, sources, redirects } = published;
  return { incidents, claims, actors, sources, redirects } as unknown as Corpus;
}

/* ------------------------------------------------------------------------------------------ */
/* Index                                                                                       */

interface Index {
  readonly corpus: Corpus;
  readonly view: CorpusView;
  readonly incidents: ReadonlyMap<string, Incident>;
  readonly claims: ReadonlyMap<string, Claim>;
  readonly actors: ReadonlyMap<string, Actor>;
  readonly sources: ReadonlyMap<string, Source>;
}

function byId<T extends { readonly id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

let cached: Index | undefined;

function index(): Index {
  if (cached) return cached;
  const corpus = readRecords();
  cached = {
    corpus,
    view: createCorpusView(corpus),
    incidents: byId(corpus.incidents),
    claims: byId(corpus.claims),
    actors: byId(corpus.actors),
    sources: byId(corpus.sources),
  };
  return cached;
}

function claimsOf(incidentId: string): readonly Claim[] {
  return index().view.claimsOfIncident(incidentId);
}

/** Who points at whom, built once, so that no page scans the whole corpus. */
interface ReverseIndex {
  readonly claimsByClaimant: ReadonlyMap<string, readonly Claim[]>;
  readonly claimsRelayedBy: ReadonlyMap<string, readonly Claim[]>;
  readonly sourcesByActor: ReadonlyMap<string, readonly Source[]>;
  readonly groupsOf: ReadonlyMap<string, readonly Actor[]>;
  readonly citersOf: ReadonlyMap<string, readonly { source: Source; relation: string }[]>;
  readonly appearancesIn: ReadonlyMap<
    string,
    readonly { claim: Claim; appearance: number; quote: string; locator?: string }[]
  >;
  readonly partiesOf: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
  /** The related links written on other incidents, by the incident they name. */
  readonly relatedFrom: ReadonlyMap<
    string,
    readonly { incident: Incident; related: RelatedIncident }[]
  >;
}

let reverseCache: ReverseIndex | undefined;

function reverse(): ReverseIndex {
  if (reverseCache) return reverseCache;
  const { corpus } = index();
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const claimsByClaimant = new Map<string, Claim[]>();
  const claimsRelayedBy = new Map<string, Claim[]>();
  const appearancesIn = new Map<
    string,
    { claim: Claim; appearance: number; quote: string; locator?: string }[]
  >();
  for (const claim of corpus.claims) {
    if (claim.claimant.kind === "actor") push(claimsByClaimant, claim.claimant.actor, claim);
    if (claim.claimant.kind === "anonymous" && claim.claimant.anonymous.relayedBy !== undefined) {
      push(claimsRelayedBy, claim.claimant.anonymous.relayedBy, claim);
    }
    for (const [appearance, a] of claim.appearances.entries()) {
      push(appearancesIn, a.source, {
        claim,
        appearance,
        quote: a.quote,
        ...(a.locator === undefined ? {} : { locator: a.locator }),
      });
    }
  }
  const sourcesByActor = new Map<string, Source[]>();
  const citersOf = new Map<string, { source: Source; relation: string }[]>();
  for (const source of corpus.sources) {
    for (const id of new Set([
      ...(source.publisher ? [source.publisher] : []),
      ...source.authors,
    ])) {
      push(sourcesByActor, id, source);
    }
    for (const citation of source.cites)
      push(citersOf, citation.source, { source, relation: citation.relation });
  }
  const groupsOf = new Map<string, Actor[]>();
  for (const actor of corpus.actors)
    for (const member of new Set(actor.members)) push(groupsOf, member, actor);
  const partiesOf = new Map<string, Map<string, readonly string[]>>();
  for (const incident of corpus.incidents) {
    for (const impact of incident.impacts) {
      for (const party of impact.parties) {
        const map = partiesOf.get(party) ?? new Map<string, readonly string[]>();
        map.set(relationshipKey(impact.parties), impact.parties);
        partiesOf.set(party, map);
      }
    }
  }
  const relatedFrom = new Map<string, { incident: Incident; related: RelatedIncident }[]>();
  for (const incident of corpus.incidents)
    for (const related of incident.related)
      push(relatedFrom, related.incident, { incident, related });
  reverseCache = {
    claimsByClaimant,
    claimsRelayedBy,
    sourcesByActor,
    groupsOf,
    citersOf,
    appearancesIn,
    partiesOf,
    relatedFrom,
  };
  return reverseCache;
}

function must<T>(map: ReadonlyMap<string, T>, id: string, what: string): T {
  const found = map.get(id);
  // The corpus rules refuse dangling references; a site build over unchecked data stops here.
  if (found === undefined) throw new Error(`the corpus refers to an unknown ${what} "${id}"`);
  return found;
}

/* ------------------------------------------------------------------------------------------ */
/* References                                                                                  */

export const paths = {
  incident: (id: string) => `/incidents/${id}/`,
  claim: (incidentId: string, claimId: string) => `/incidents/${incidentId}/#claim-${claimId}`,
  actor: (id: string) => `/actors/${id}/`,
  source: (id: string) => `/sources/${id}/`,
  archive: (sourceId: string) => `/sources/${sourceId}/archive/`,
  relationship: (id: string) => `/relationships/${id}/`,
  year: (year: number | string) => `/years/${year}/`,
  country: (code: string) => `/countries/${code.toLowerCase()}/`,
  kind: (kind: string) => `/kinds/${kind}/`,
} as const;

function actorRef(id: string): ActorRef {
  const actor = must(index().actors, id, "actor");
  return {
    id,
    name: actor.name,
    kindLabel: ACTOR_KIND_LABELS[actor.kind],
    href: paths.actor(id),
  };
}

function reliabilityView(grade: Source["reliability"]): ReliabilityView {
  return {
    grade: grade.grade,
    meaning: RELIABILITY_GRADES[grade.grade],
    gradedBy: grade.gradedBy,
    gradedOn: grade.gradedOn,
    rationale: grade.rationale,
  };
}

function credibilityView(grade: CredibilityGrade): CredibilityView {
  return {
    grade: grade.grade,
    meaning: CREDIBILITY_GRADES[grade.grade],
    gradedBy: grade.gradedBy,
    gradedOn: grade.gradedOn,
    rationale: grade.rationale,
  };
}

function optionalDate(text: string | undefined): DateView | undefined {
  return text === undefined ? undefined : dateView(text);
}

function sourceLabel(source: Source): string {
  if (source.title !== undefined) return source.title;
  if (source.description !== undefined) return source.description;
  const publisher = source.publisher ? index().actors.get(source.publisher)?.name : undefined;
  const date = optionalDate(source.published)?.label;
  return [publisher, SOURCE_KIND_LABELS[source.kind].toLowerCase(), date]
    .filter((part) => part !== undefined)
    .join(", ");
}

function sourceRef(id: string): SourceRef {
  const source = must(index().sources, id, "source");
  const published = optionalDate(source.published);
  const url = safeHttpUrl(source.url);
  return {
    id,
    label: sourceLabel(source),
    kind: source.kind,
    kindLabel: SOURCE_KIND_LABELS[source.kind],
    ...(source.publisher === undefined ? {} : { publisher: actorRef(source.publisher) }),
    ...(published === undefined ? {} : { published }),
    ...(url === undefined ? {} : { url }),
    reliability: reliabilityView(source.reliability),
    href: paths.source(id),
  };
}

function incidentRef(id: string): IncidentRef {
  const incident = must(index().incidents, id, "incident");
  return { id, title: incident.title, href: paths.incident(id) };
}

function claimHref(claim: Claim): string {
  // A claim's permalink is on the dossier of its first incident.
  return paths.claim(claim.incidents[0] ?? "", claim.id);
}

function claimRef(id: string): ClaimRef {
  const claim = must(index().claims, id, "claim");
  return { id, statement: claim.statement, href: claimHref(claim) };
}

/* ------------------------------------------------------------------------------------------ */
/* Citation graph                                                                              */

function citationViews(sourceId: string): CitationView[] {
  return must(index().sources, sourceId, "source").cites.map((citation) => ({
    relation: citation.relation,
    relationLabel: CITATION_LABELS[citation.relation],
    dependent: DEPENDENT_CITATIONS.has(citation.relation),
    ...(citation.note === undefined ? {} : { note: citation.note }),
    source: sourceRef(citation.source),
  }));
}

function relayPathView(steps: readonly { relation: string; source: Source }[]): RelayPathView {
  return {
    steps: steps.map((step) => ({
      relation: step.relation,
      relationLabel: CITATION_LABELS[step.relation as keyof typeof CITATION_LABELS],
      source: sourceRef(step.source.id),
    })),
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Claims                                                                                      */

const GROUPS: readonly { group: StandingGroup; title: string; description: string }[] = [
  {
    group: "established",
    title: "Established",
    description:
      "Standing corroborated or confirmed: two or more independent origins agree, or it is beyond reasonable doubt.",
  },
  {
    group: "reported",
    title: "Reported",
    description:
      "Standing reported or alleged: carried by a reporting source or asserted by a claimant, not yet corroborated independently.",
  },
  {
    // The package calls the group "contested"; the site keeps that key for its anchors, and
    // says "disputed", the standing it holds: "contested" is for claims that contradict.
    group: "contested",
    title: "Disputed",
    description:
      "Standing disputed: a party or another claim disputes it. Claims that contradict each other are shown in pairs under Contested.",
  },
  {
    group: "denied",
    title: "Denied or retracted",
    description:
      "Standing denied or retracted: denied by a party, or withdrawn by whoever made it.",
  },
  {
    group: "opinion",
    title: "Opinion and speculation",
    description:
      "Opinion, speculation and reader comments, attributed to whoever voiced them, whatever their standing; never the dataset's own voice.",
  },
];

function countLabel(count: AnonymousSource["count"]): string | undefined {
  if (count === "unknown") return undefined;
  if (count === "several") return "several people";
  return count === 1 ? "one person" : `${count} people`;
}

/** "a current and a former American official (unnamed; 2 people; US officials)". */
function spellOutAnonymous(anonymous: AnonymousSource): string {
  const saysSo = /\b(unnamed|anonymous|unidentified)\b/i.test(anonymous.description);
  const details = [
    saysSo ? undefined : "unnamed",
    countLabel(anonymous.count),
    anonymous.affiliation,
    anonymous.country === undefined ? undefined : `serving ${countryName(anonymous.country)}`,
  ].filter((part) => part !== undefined);
  const description =
    anonymous.description.charAt(0).toUpperCase() + anonymous.description.slice(1);
  return details.length > 0 ? `${description} (${details.join("; ")})` : description;
}

function claimantView(claim: Claim): ClaimantView {
  const claimant = claim.claimant;
  switch (claimant.kind) {
    case "actor":
      return { kind: "actor", actor: actorRef(claimant.actor) };
    case "anonymous":
      return {
        kind: "anonymous",
        description: claimant.anonymous.description,
        spelledOut: spellOutAnonymous(claimant.anonymous),
        ...(claimant.anonymous.relayedBy === undefined
          ? {}
          : { relayedBy: actorRef(claimant.anonymous.relayedBy) }),
      };
    case "source-author":
      return { kind: "source-author", source: sourceRef(claimant.source) };
  }
}

interface PublishedBy {
  /** The last day on which the source had certainly been published. */
  readonly day: string;
  readonly date: DateView;
  /** Set when the day comes from a later source that draws on this undated one. */
  readonly via?: string;
}

const publishedByCache = new Map<string, PublishedBy | undefined>();

/**
 * When a source had certainly been published: its own date, or, when it has none, the
 * earliest date of a source that relays, quotes, summarises or cites it, which it precedes.
 */
function publishedBy(
  sourceId: string,
  seen: ReadonlySet<string> = new Set(),
): PublishedBy | undefined {
  if (publishedByCache.has(sourceId)) return publishedByCache.get(sourceId);
  const own = optionalDate(must(index().sources, sourceId, "source").published);
  let best: PublishedBy | undefined = own && { day: own.latest, date: own };
  if (best === undefined) {
    const path = new Set(seen).add(sourceId);
    for (const { source: citer } of reverse().citersOf.get(sourceId) ?? []) {
      if (path.has(citer.id)) continue;
      const found = publishedBy(citer.id, path);
      if (found && (best === undefined || found.day < best.day)) {
        best = { day: found.day, date: found.date, via: found.via ?? citer.id };
      }
    }
  }
  if (seen.size === 0) publishedByCache.set(sourceId, best);
  return best;
}

/**
 * The first day a source had certainly published the claim: the source it appears in, or one
 * of the sources it came to that source through (`via`), which had it before.
 */
function knownFrom(claim: Claim): PublishedBy | undefined {
  let best: PublishedBy | undefined;
  for (const appearance of claim.appearances) {
    for (const source of [appearance.source, ...appearance.via]) {
      const found = publishedBy(source);
      if (found && (best === undefined || found.day < best.day)) best = found;
    }
  }
  return best;
}

/** A link of a claim's chain as a reader names it: the people, or the outlet. */
function chainNodeView(node: ChainNode): ChainNodeView {
  if (node.kind === "claimant") {
    const claimant = node.claimant;
    if (claimant.kind === "actor") {
      const actor = actorRef(claimant.actor);
      return { kind: "claimant", id: actor.id, label: actor.name, href: actor.href };
    }
    if (claimant.kind === "anonymous")
      return { kind: "claimant", label: claimant.anonymous.description };
    const source = sourceRef(claimant.source);
    return { kind: "claimant", id: source.id, label: source.label, href: source.href };
  }
  const source = sourceRef(node.source);
  return { kind: "source", id: source.id, label: shortName(source), href: source.href };
}

/** A source's label cut to a phrase, as chains and claim cards show it. */
export function shortLabel(label: string): string {
  return clip(label, 60);
}

/** An outlet's name, or a source's own label cut to a phrase: for chains and date bases. */
function shortName(source: SourceRef): string {
  return source.publisher?.name ?? shortLabel(source.label);
}

/** "'on Tuesday' in i24NEWS, read against the article of 16 May 2017": how a date is known. */
function inferredText(basis: DateBasis): string {
  const anchor = sourceRef(basis.anchor);
  const where = basis.in === undefined ? anchor : sourceRef(basis.in);
  const dated = anchor.published?.label ?? "undated";
  const against =
    basis.in === undefined || basis.in === basis.anchor
      ? `, dated ${dated}`
      : `, read against ${shortName(anchor)}, dated ${dated}`;
  return `inferred from “${basis.expression}” in ${shortName(where)}${against}${
    basis.note === undefined ? "" : `: ${basis.note}`
  }`;
}

const claimViews = new Map<string, ClaimView>();

function claimView(claim: Claim): ClaimView {
  const hit = claimViews.get(claim.id);
  if (hit) return hit;
  const chains = index().view.relayChain(claim.id);
  const provenance = index().view.provenance(claim.id);
  const appearances: AppearanceView[] = claim.appearances.map((appearance, i) => {
    const source = sourceRef(appearance.source);
    const chain = chains.find((c) => c.index === i);
    const nodes = provenance?.chains.find((c) => c.appearance === i)?.nodes ?? [];
    return {
      source,
      quote: appearance.quote,
      ...(appearance.locator === undefined ? {} : { locator: appearance.locator }),
      relayPaths: (chain?.paths ?? []).map(relayPathView),
      chain: nodes.map(chainNodeView),
      admiralty: admiraltyPair(source.reliability.grade, claim.credibility.grade),
      admiraltyCode: `${source.reliability.grade}${claim.credibility.grade}`,
    };
  });
  const known = knownFrom(claim);
  const concerns = optionalDate(claim.concerns);
  const view: ClaimView = {
    id: claim.id,
    anchor: `claim-${claim.id}`,
    formerAnchors: index()
      .view.redirects.filter((redirect) => redirect.kind === "claim" && redirect.to === claim.id)
      .map((redirect) => `claim-${redirect.from}`),
    href: claimHref(claim),
    statement: claim.statement,
    nature: claim.nature,
    natureLabel: CLAIM_NATURE_LABELS[claim.nature],
    standing: claim.standing,
    standingLabel: CLAIM_STANDING_LABELS[claim.standing],
    standingMeaning: CLAIM_STANDING_MEANINGS[claim.standing],
    group: standingGroupOf(claim),
    credibility: credibilityView(claim.credibility),
    claimant: claimantView(claim),
    appearances,
    ...(known === undefined ? {} : { knownFrom: known.day, firstReported: known.date }),
    ...(known?.via === undefined ? {} : { firstReportedVia: sourceRef(known.via) }),
    ...(concerns === undefined ? {} : { concerns }),
    relations: claim.relations.map((relation) => ({
      type: relation.type,
      label: CLAIM_RELATION_LABELS[relation.type],
      ...(relation.note === undefined ? {} : { note: relation.note }),
      claim: claimRef(relation.claim),
    })),
    incidents: claim.incidents.map(incidentRef),
    independentOrigins: provenance?.independent.length ?? 0,
    origins: (provenance?.origins ?? []).map((origin) => sourceRef(origin.source)),
    ...(claim.notes === undefined ? {} : { notes: claim.notes }),
  };
  claimViews.set(claim.id, view);
  return view;
}

function compareClaims(a: ClaimView, b: ClaimView): number {
  const ka = a.knownFrom ?? "9999";
  const kb = b.knownFrom ?? "9999";
  return ka === kb ? a.id.localeCompare(b.id) : ka < kb ? -1 : 1;
}

/* ------------------------------------------------------------------------------------------ */
/* Incidents                                                                                   */

/** A text's paragraphs as the dataset defines them (one rule for the site and the schema). */
const paragraphs = textParagraphs;

/** The summary by paragraph and sentence, each sentence with the claims it rests on. */
function summaryView(incident: Incident): SummarySentenceView[][] {
  const parts = summaryParts(incident);
  // The corpus rules refuse such a basis before any page is built (summary-basis-mismatch).
  if (!Array.isArray(parts))
    throw new Error(`incident ${incident.id}: its summaryBasis does not make up its summary`);
  return parts.map((sentences) =>
    sentences.map((sentence) => ({ text: sentence.text, claims: sentence.claims.map(claimRef) })),
  );
}

const LEDE_LENGTH = 280;

/** The summary's opening, cut at a sentence (else a word) so a list stays scannable. */
function lede(summary: string): string {
  const first = paragraphs(summary)[0] ?? "";
  if (first.length <= LEDE_LENGTH) return first;
  const sentences = first.match(/[^.!?]+[.!?]+(?=\s|$)/g) ?? [];
  let text = "";
  for (const sentence of sentences) {
    if ((text + sentence).length > LEDE_LENGTH) break;
    text += sentence;
  }
  if (text.trim() !== "") return text.trim();
  return `${first.slice(0, first.lastIndexOf(" ", LEDE_LENGTH))}…`;
}

let countriesWithPages: ReadonlySet<string> | undefined;

/** Countries, each linked to its filter page where one exists (some incident lists it). */
function countries(codes: readonly string[]): Country[] {
  countriesWithPages ??= new Set(index().corpus.incidents.flatMap((i) => i.countries));
  const withPages = countriesWithPages;
  return codes.map((code) => ({
    code,
    name: countryName(code),
    ...(withPages.has(code) ? { href: paths.country(code) } : {}),
  }));
}

function incidentDate(incident: Incident): DateView | undefined {
  return optionalDate(incident.dates.happened?.date ?? incident.dates.public?.date);
}

function incidentSummary(incident: Incident): IncidentSummary {
  const claims = claimsOf(incident.id);
  const date = incidentDate(incident);
  return {
    id: incident.id,
    title: incident.title,
    href: paths.incident(incident.id),
    kind: incident.kind,
    kindLabel: LEAK_KIND_LABELS[incident.kind],
    ...(date === undefined ? {} : { date }),
    countries: countries(incident.countries),
    claimCount: claims.length,
    contestedCount: pairsOf(claims, "contradicts", recordLinks).length,
    lede: lede(incident.summary),
  };
}

function compareIncidents(a: IncidentSummary, b: IncidentSummary): number {
  // Newest first; undated incidents last.
  if (a.date && b.date) {
    const order = comparePartialDates(b.date.text, a.date.text);
    if (order !== 0) return order;
  } else if (a.date || b.date) {
    return a.date ? -1 : 1;
  }
  return a.title.localeCompare(b.title);
}

/** Every incident, newest first. */
let incidentList: IncidentSummary[] | undefined;

export function listIncidents(): IncidentSummary[] {
  incidentList ??= index().corpus.incidents.map(incidentSummary).sort(compareIncidents);
  return incidentList;
}

export function incidentIds(): string[] {
  return index().corpus.incidents.map((incident) => incident.id);
}

function partyView(involvement: Involvement): PartyView {
  if ("actor" in involvement) return { kind: "actor", actor: actorRef(involvement.actor) };
  return {
    kind: "anonymous",
    spelledOut: spellOutAnonymous(involvement.anonymous),
    ...(involvement.anonymous.relayedBy === undefined
      ? {}
      : { relayedBy: actorRef(involvement.anonymous.relayedBy) }),
  };
}

function involvementView(involvement: Involvement): InvolvementView {
  return {
    party: partyView(involvement),
    status: INVOLVEMENT_LABELS[involvement.status],
    claims: involvement.claims.map(claimRef),
  };
}

function datedFact(fact: { date: string; claims: readonly string[] } | undefined) {
  if (fact === undefined) return undefined;
  const date = dateView(fact.date);
  if (date === undefined) return undefined;
  const view: DatedFactView = { date, claims: fact.claims.map(claimRef) };
  return view;
}

function relationshipRef(parties: readonly string[]): RelationshipRef {
  const actors = parties.map(actorRef);
  // The parties' ids, sorted and joined by "--": the same key for any order of listing.
  const id = relationshipKey(parties);
  return {
    id,
    label: actors.map((actor) => actor.name).join(" – "),
    parties: actors,
    href: paths.relationship(id),
  };
}

function impactView(incident: Incident, impact: Impact): ImpactView {
  const from = optionalDate(impact.from);
  const to = optionalDate(impact.to);
  return {
    relationship: relationshipRef(impact.parties),
    incident: incidentRef(incident.id),
    effect: impact.effect,
    effectLabel: IMPACT_EFFECT_LABELS[impact.effect],
    certainty: impact.certainty,
    certaintyLabel: IMPACT_CERTAINTY_LABELS[impact.certainty],
    certaintyMeaning: IMPACT_CERTAINTY_MEANINGS[impact.certainty],
    claimGrades: impact.claims.flatMap((id) => {
      const claim = index().view.getClaim(id);
      return claim === undefined ? [] : [claim.credibility.grade];
    }),
    description: impact.description,
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    claims: impact.claims.map(claimRef),
  };
}

function actorsOf(incident: Incident, claims: readonly Claim[]): ActorInvolvement[] {
  const roles = new Map<string, Set<string>>();
  const add = (id: string | undefined, role: string) => {
    if (id === undefined) return;
    const set = roles.get(id) ?? new Set<string>();
    set.add(role);
    roles.set(id, set);
  };
  for (const i of incident.disclosedBy) {
    if ("actor" in i) add(i.actor, `disclosed it (${INVOLVEMENT_LABELS[i.status]})`);
    else add(i.anonymous.relayedBy, "relayed an unnamed discloser");
  }
  for (const i of incident.receivedBy) {
    if ("actor" in i) add(i.actor, `received it (${INVOLVEMENT_LABELS[i.status]})`);
  }
  for (const i of incident.originators) {
    if ("actor" in i) add(i.actor, `its intelligence (${INVOLVEMENT_LABELS[i.status]})`);
  }
  for (const impact of incident.impacts) {
    for (const party of impact.parties) add(party, "party to an affected relationship");
  }
  for (const claim of claims) {
    if (claim.claimant.kind === "actor") add(claim.claimant.actor, "claimant");
    if (claim.claimant.kind === "anonymous")
      add(claim.claimant.anonymous.relayedBy, "relayed unnamed sources");
  }
  return [...roles]
    .map(([id, set]) => ({ actor: actorRef(id), roles: [...set] }))
    .sort((a, b) => a.actor.name.localeCompare(b.actor.name));
}

function sourcesOf(incidentId: string): SourceEntry[] {
  const counts = new Map<string, number>();
  for (const claim of claimsOf(incidentId)) {
    for (const id of new Set(claim.appearances.map((a) => a.source))) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return index()
    .view.sourcesOfIncident(incidentId)
    .map((source) => ({
      source: sourceRef(source.id),
      cites: citationViews(source.id),
      claimCount: counts.get(source.id) ?? 0,
    }))
    .sort((a, b) => {
      const da = a.source.published?.earliest ?? "9999";
      const db = b.source.published?.earliest ?? "9999";
      return da === db ? a.source.label.localeCompare(b.source.label) : da < db ? -1 : 1;
    });
}

/**
 * The pairs of claims, both of this dossier, that one of them relates by `type` (contradicts:
 * they cannot both be true; in tension: they can, but pull apart), each pair once, in the
 * order of the claims. Shared by the dossier's blocks, its badges and every count of them, so
 * that they cannot disagree.
 */
function pairsOf<T extends { readonly id: string }>(
  claims: readonly T[],
  type: "contradicts" | "in-tension-with",
  linked: (claim: T) => readonly { readonly type: string; readonly id: string }[],
): [T, T][] {
  const here = new Map(claims.map((claim) => [claim.id, claim]));
  const pairs: [T, T][] = [];
  const seen = new Set<string>();
  for (const claim of claims) {
    for (const relation of linked(claim)) {
      if (relation.type !== type || relation.id === claim.id) continue;
      const other = here.get(relation.id);
      const key = [claim.id, relation.id].sort().join(" ");
      if (other === undefined || seen.has(key)) continue;
      seen.add(key);
      pairs.push([claim, other]);
    }
  }
  return pairs;
}

const recordLinks = (claim: Claim) =>
  claim.relations.map((relation) => ({ type: relation.type, id: relation.claim }));
const viewLinks = (claim: ClaimView) =>
  claim.relations.map((relation) => ({ type: relation.type, id: relation.claim.id }));

/** Where a record's file lives in the repository, for "edit this record". */
export function recordPath(kind: RecordKind, id: string, incidentId?: string): string {
  return `packages/corpus/data/${recordFilePath(kind, id, incidentId ?? "")}`;
}

/**
 * The incident's related links: those it writes, then those other incidents write to it,
 * worded from its side. A link is written once, on either incident, and shows on both pages;
 * where both write one, each page shows its own.
 */
function relatedOf(incident: Incident): RelatedIncidentView[] {
  const view = (label: string, note: string | undefined, other: string): RelatedIncidentView => ({
    label,
    ...(note === undefined ? {} : { note }),
    incident: incidentRef(other),
  });
  const own = incident.related.map((related) =>
    view(RELATED_INCIDENT_LABELS[related.type], related.note, related.incident),
  );
  const named = new Set(incident.related.map((related) => related.incident));
  const inverse = (reverse().relatedFrom.get(incident.id) ?? [])
    .filter(({ incident: other }) => other.id !== incident.id && !named.has(other.id))
    .map(({ incident: other, related }) =>
      view(RELATED_INCIDENT_INVERSE_LABELS[related.type], related.note, other.id),
    );
  return [...own, ...inverse];
}

export function getDossier(id: string): Dossier | undefined {
  const incident = index().incidents.get(id);
  if (incident === undefined) return undefined;
  const claims = claimsOf(id);
  const views = claims.map(claimView).sort(compareClaims);
  const groups = GROUPS.map((group) => ({
    ...group,
    claims: views.filter((view) => view.group === group.group),
  }));
  const dates = {
    happened: datedFact(incident.dates.happened),
    public: datedFact(incident.dates.public),
    acknowledged: datedFact(incident.dates.acknowledged),
  };
  return {
    ...incidentSummary(incident),
    summary: summaryView(incident),
    dates: Object.fromEntries(Object.entries(dates).filter(([, v]) => v !== undefined)),
    disclosedBy: incident.disclosedBy.map(involvementView),
    receivedBy: incident.receivedBy.map(involvementView),
    originators: incident.originators.map(involvementView),
    markings: incident.markings.map((marking) => ({
      levelLabel: CLASSIFICATION_LABELS[marking.level],
      ...(marking.marking === undefined ? {} : { marking: marking.marking }),
      claims: marking.claims.map(claimRef),
    })),
    timeline: incident.timeline
      .map((entry) => ({ entry, date: dateView(entry.date) }))
      .filter((e): e is typeof e & { date: DateView } => e.date !== undefined)
      .sort((a, b) => comparePartialDates(a.entry.date, b.entry.date))
      .map(({ entry, date }) => ({
        date,
        ...(entry.inferred === undefined ? {} : { inferred: inferredText(entry.inferred) }),
        event: entry.event,
        claims: entry.claims.map(claimRef),
      })),
    groups,
    claimNumbers: Object.fromEntries(
      groups.flatMap((group) => group.claims).map((claim, i) => [claim.id, i + 1]),
    ),
    contestedPairs: pairsOf(views, "contradicts", viewLinks),
    tensionPairs: pairsOf(views, "in-tension-with", viewLinks),
    impacts: incident.impacts.map((impact) => impactView(incident, impact)),
    actors: actorsOf(incident, claims),
    sources: sourcesOf(id),
    related: relatedOf(incident),
    ...(incident.notes === undefined ? {} : { notes: paragraphs(incident.notes) }),
    tags: incident.tags,
    recordPath: recordPath("incident", incident.id),
  };
}

/** The validated records of one incident, as shipped: the dossier's JSON download. */
export function incidentRecords(id: string) {
  const { view } = index();
  const incident = view.getIncident(id);
  if (incident === undefined) return undefined;
  const sources = view.sourcesOfIncident(id);
  const actorIds = new Set(view.actorsOfIncident(id).map((actor) => actor.id));
  for (const source of sources) {
    if (source.publisher) actorIds.add(source.publisher);
    for (const author of source.authors) actorIds.add(author);
  }
  return {
    incident,
    claims: view.claimsOfIncident(id),
    sources,
    actors: index().corpus.actors.filter((actor) => actorIds.has(actor.id)),
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Facets                                                                                      */

export interface Facet {
  readonly value: string;
  readonly label: string;
  readonly href: string;
  readonly count: number;
}

export interface Facets {
  readonly years: readonly Facet[];
  readonly countries: readonly Facet[];
  readonly kinds: readonly Facet[];
}

function tally(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

let facetCache: Facets | undefined;

export function facets(): Facets {
  facetCache ??= computeFacets();
  return facetCache;
}

function computeFacets(): Facets {
  const all = listIncidents();
  const years = tally(all.flatMap((i) => (i.date ? [String(i.date.year)] : [])));
  const codes = tally(all.flatMap((i) => i.countries.map((c) => c.code)));
  const kinds = tally(all.map((i) => i.kind));
  return {
    years: [...years]
      .sort(([a], [b]) => b.localeCompare(a))
      .map(([value, count]) => ({ value, label: value, href: paths.year(value), count })),
    countries: [...codes]
      .map(([value, count]) => ({
        value,
        label: countryName(value),
        href: paths.country(value),
        count,
      }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    kinds: [...kinds]
      .map(([value, count]) => ({
        value,
        label: LEAK_KIND_LABELS[value as Incident["kind"]],
        href: paths.kind(value),
        count,
      }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  };
}

export function incidentsInYear(year: string): IncidentSummary[] {
  return listIncidents().filter((i) => String(i.date?.year) === year);
}

export function incidentsInCountry(code: string): IncidentSummary[] {
  return listIncidents().filter((i) => i.countries.some((c) => c.code === code));
}

export function incidentsOfKind(kind: string): IncidentSummary[] {
  return listIncidents().filter((i) => i.kind === kind);
}

export function leakKindLabel(kind: string): string | undefined {
  return (LEAK_KIND_LABELS as Record<string, string>)[kind];
}

/* ------------------------------------------------------------------------------------------ */
/* Actors, sources, relationships                                                              */

export interface ActorListing {
  readonly actor: ActorRef;
  readonly kind: string;
  readonly country?: Country;
  readonly incidentCount: number;
}

/** Every actor, by name. */
export function listActors(): ActorListing[] {
  return index()
    .corpus.actors.map((actor) => {
      const country = actor.country === undefined ? undefined : countries([actor.country])[0];
      return {
        actor: actorRef(actor.id),
        kind: actor.kind,
        ...(country === undefined ? {} : { country }),
        incidentCount: index().view.incidentsOfActor(actor.id).length,
      };
    })
    .sort((a, b) => a.actor.name.localeCompare(b.actor.name));
}

/** Every source, oldest first; undated ones last. */
export function listSources(): SourceRef[] {
  return index()
    .corpus.sources.map((source) => sourceRef(source.id))
    .sort((a, b) => {
      const da = a.published?.earliest ?? "9999";
      const db = b.published?.earliest ?? "9999";
      return da === db ? a.label.localeCompare(b.label) : da < db ? -1 : 1;
    });
}

export function actorIds(): string[] {
  return index().corpus.actors.map((actor) => actor.id);
}

export interface ActorPage extends ActorRef {
  readonly kind: string;
  readonly aliases: readonly string[];
  readonly country?: Country;
  readonly wikidata?: { readonly id: string; readonly url: string };
  readonly positions: readonly {
    readonly title: string;
    readonly organisation?: ActorRef;
    readonly from?: DateView;
    readonly to?: DateView;
  }[];
  readonly affiliations: readonly { readonly actor: ActorRef; readonly role?: string }[];
  readonly members: readonly ActorRef[];
  readonly memberOf: readonly ActorRef[];
  readonly incidents: readonly {
    readonly incident: IncidentSummary;
    readonly roles: readonly string[];
  }[];
  readonly claims: readonly ClaimView[];
  readonly anonymousRelays: readonly ClaimView[];
  readonly published: readonly SourceRef[];
  readonly relationships: readonly RelationshipRef[];
  readonly notes?: readonly string[];
  readonly recordPath: string;
}

export function getActor(id: string): ActorPage | undefined {
  const actor = index().actors.get(id);
  if (actor === undefined) return undefined;
  const incidents = index()
    .view.incidentsOfActor(id)
    .map((incident) => ({
      incident: incidentSummary(incident),
      roles: actorsOf(incident, claimsOf(incident.id)).find((a) => a.actor.id === id)?.roles ?? [],
    }));
  const links = reverse();
  const relationships = [...(links.partiesOf.get(id)?.values() ?? [])].map(relationshipRef);
  const wikidata = actor.identifiers.wikidata;
  const country = actor.country === undefined ? undefined : countries([actor.country])[0];
  return {
    ...actorRef(id),
    kind: actor.kind,
    aliases: actor.aliases,
    ...(country === undefined ? {} : { country }),
    ...(wikidata === undefined
      ? {}
      : { wikidata: { id: wikidata, url: `https://www.wikidata.org/wiki/${wikidata}` } }),
    positions: actor.positions.map((position) => {
      const from = optionalDate(position.from);
      const to = optionalDate(position.to);
      return {
        title: position.title,
        ...(position.organisation === undefined
          ? {}
          : { organisation: actorRef(position.organisation) }),
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
      };
    }),
    affiliations: actor.affiliations.map((a) => ({
      actor: actorRef(a.actor),
      ...(a.role === undefined ? {} : { role: a.role }),
    })),
    members: actor.members.map(actorRef),
    memberOf: (links.groupsOf.get(id) ?? []).map((a) => actorRef(a.id)),
    incidents,
    claims: (links.claimsByClaimant.get(id) ?? []).map(claimView).sort(compareClaims),
    anonymousRelays: (links.claimsRelayedBy.get(id) ?? []).map(claimView).sort(compareClaims),
    published: (links.sourcesByActor.get(id) ?? []).map((s) => sourceRef(s.id)),
    relationships,
    ...(actor.notes === undefined ? {} : { notes: paragraphs(actor.notes) }),
    recordPath: recordPath("actor", id),
  };
}

export function sourceIds(): string[] {
  return index().corpus.sources.map((source) => source.id);
}

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

export interface RelationshipPage extends RelationshipRef {
  readonly impacts: readonly ImpactView[];
  readonly incidents: readonly IncidentRef[];
}

function compareImpacts(a: ImpactView, b: ImpactView): number {
  if (a.from && b.from) return comparePartialDates(a.from.text, b.from.text);
  return a.from ? -1 : b.from ? 1 : 0;
}

export function listRelationships(): (RelationshipRef & { readonly impactCount: number })[] {
  return [...index().view.impactsByRelationship().values()]
    .map((group) => ({ ...relationshipRef(group.parties), impactCount: group.impacts.length }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

export function getRelationship(id: string): RelationshipPage | undefined {
  const group = index().view.impactsByRelationship().get(id);
  if (group === undefined) return undefined;
  const impacts = group.impacts
    .map(({ incident, impact }) => impactView(incident, impact))
    .sort(compareImpacts);
  const incidents = new Map(impacts.map((impact) => [impact.incident.id, impact.incident]));
  return { ...relationshipRef(group.parties), impacts, incidents: [...incidents.values()] };
}

/**
 * How the site names a record and the page that shows it (a claim: its card in the first
 * dossier it belongs to), for the feeds; undefined for a record the corpus does not hold.
 */
export function recordLink(
  kind: RecordKind,
  id: string,
): { readonly label: string; readonly path: string } | undefined {
  const { incidents, claims, actors, sources } = index();
  if (kind === "incident") {
    const incident = incidents.get(id);
    return incident && { label: incident.title, path: paths.incident(id) };
  }
  if (kind === "claim") {
    const claim = claims.get(id);
    const first = claim?.incidents[0];
    return claim && first !== undefined
      ? { label: claim.statement, path: paths.claim(first, id) }
      : undefined;
  }
  if (kind === "actor") {
    const actor = actors.get(id);
    return actor && { label: actor.name, path: paths.actor(id) };
  }
  const source = sources.get(id);
  return source && { label: sourceLabel(source), path: paths.source(id) };
}

/* ------------------------------------------------------------------------------------------ */
/* Whole corpus                                                                                */

export function corpusCounts() {
  const { corpus } = index();
  return {
    incidents: corpus.incidents.length,
    claims: corpus.claims.length,
    actors: corpus.actors.length,
    sources: corpus.sources.length,
  };
}

/** Every page of the site, for the sitemap. */
export function allPaths(): string[] {
  return [
    "/",
    "/about/",
    "/data/",
    "/search/",
    "/relationships/",
    "/actors/",
    "/sources/",
    ...incidentIds().map(paths.incident),
    ...incidentIds().map((id) => `${paths.incident(id)}relays/`),
    ...actorIds().map(paths.actor),
    ...sourceIds().map(paths.source),
    ...snapshotSourceIds().map(paths.archive),
    ...listRelationships().map((r) => r.href),
    ...facets().years.map((f) => f.href),
    ...facets().countries.map((f) => f.href),
    ...facets().kinds.map((f) => f.href),
  ];
}
