import { createHash } from "node:crypto";
import {
  type Actor,
  type Claim,
  type Corpus,
  CREDIBILITY_GRADES,
  type Incident,
  RELIABILITY_GRADES,
  type Source,
} from "@leaks/schema";
import { type CorpusView, createCorpusView } from "../corpus-view.js";
import { orderedCorpus } from "./ordered-corpus.js";
import {
  CREDIBILITY_CONFIDENCE,
  common,
  compact,
  corpusDay,
  DATASET_NAME,
  datasetObjects,
  latestDay,
  licenceMarking,
  recordReference,
  type StixObject,
  stixId,
  unique,
} from "./stix-model.js";

/**
 * The corpus as a STIX 2.1 bundle, for threat-intelligence tools: incidents as `grouping`,
 * actors as `identity`, sources and claims as `note`. Claims stay claims: each note says who
 * claimed it and where it was published, and its `confidence` is the claim's Admiralty
 * credibility on the specification's scale. Every object is marked with the data licence.
 */

const incidentRef = (id: string) => stixId("grouping", "incident", id);
const claimRef = (id: string) => stixId("note", "claim", id);
const actorRef = (id: string) => stixId("identity", "actor", id);
const sourceRef = (id: string) => stixId("note", "source", id);

const IDENTITY_CLASS: Record<Actor["kind"], string> = {
  person: "individual",
  state: "organization",
  government: "organization",
  agency: "organization",
  military: "organization",
  organisation: "organization",
  "media-outlet": "organization",
  alliance: "group",
  other: "unknown",
};

function actorName(view: CorpusView, id: string): string {
  return view.getActor(id)?.name ?? id;
}

/** How a source is named in prose: its title in quotes, or the dataset's description of it. */
function sourceLabel(source: Source | undefined, id: string): string {
  if (source?.title !== undefined) return `"${source.title}"`;
  return source?.description ?? id;
}

interface ClaimantText {
  /** Who made the claim, in words: a name, or an unnamed source as the reporting describes it. */
  readonly text: string;
  /** The named actors it points at: never an unnamed claimant, who has no identity here. */
  readonly refs: readonly string[];
}

function claimantOf(claim: Claim, view: CorpusView): ClaimantText {
  const claimant = claim.claimant;
  switch (claimant.kind) {
    case "actor":
      return { text: actorName(view, claimant.actor), refs: [actorRef(claimant.actor)] };
    case "anonymous": {
      const relayer = claimant.anonymous.relayedBy;
      return {
        text: `${claimant.anonymous.description}, not named by the reporting${relayer === undefined ? "" : `, as relayed by ${actorName(view, relayer)}`}`,
        refs: relayer === undefined ? [] : [actorRef(relayer)],
      };
    }
    case "source-author": {
      const source = view.getSource(claimant.source);
      const speakers =
        source === undefined
          ? []
          : source.authors.length > 0
            ? source.authors
            : source.publisher === undefined
              ? []
              : [source.publisher];
      const names = speakers.map((id) => actorName(view, id)).join(", ");
      return {
        text: `the source ${sourceLabel(source, claimant.source)}, in its own voice${names === "" ? "" : ` (${names})`}`,
        refs: [...speakers.map(actorRef), sourceRef(claimant.source)],
      };
    }
  }
}

/** What every object is built with. */
interface Context {
  readonly view: CorpusView;
  /** The day of the corpus's latest grade. */
  readonly day: string;
  /** The id of the licence marking. */
  readonly marking: string;
}

function claimNote(claim: Claim, context: Context): StixObject {
  const { view } = context;
  const claimant = claimantOf(claim, view);
  const { grade, gradedBy, gradedOn, rationale } = claim.credibility;
  const content = [
    `Claim: ${claim.statement}`,
    `Claimed by: ${claimant.text}.`,
    `Nature: ${claim.nature}. Standing: ${claim.standing}.`,
    `Credibility (Admiralty scale): ${grade}, ${CREDIBILITY_GRADES[grade]}; graded by ${gradedBy} on ${gradedOn}. ${rationale}`,
    ...claim.appearances.map(
      (appearance) =>
        `Appears in ${sourceLabel(view.getSource(appearance.source), appearance.source)}: "${appearance.quote}"`,
    ),
    ...(claim.notes === undefined ? [] : [`Editorial note: ${claim.notes}`]),
    `This note records what its claimant said, as published; it is not a finding of ${DATASET_NAME}.`,
  ].join("\n");
  return compact({
    ...common("note", claimRef(claim.id), gradedOn),
    abstract: claim.statement,
    content,
    object_refs: unique([
      ...claim.incidents.map(incidentRef),
      ...claimant.refs,
      ...claim.appearances.map((appearance) => sourceRef(appearance.source)),
    ]),
    confidence: CREDIBILITY_CONFIDENCE[grade],
    labels: [
      `nature:${claim.nature}`,
      `standing:${claim.standing}`,
      `admiralty-scale:information-credibility="${grade}"`,
    ],
    external_references: [
      recordReference("claim", claim.id),
      ...claim.appearances.map((appearance) => {
        const source = view.getSource(appearance.source);
        return compact({
          source_name: source?.title ?? source?.description ?? appearance.source,
          description: `"${appearance.quote}"${appearance.locator === undefined ? "" : ` (${appearance.locator})`}`,
          url: source?.url,
          external_id: `urn:leaks-dossier:source:${appearance.source}`,
        });
      }),
    ],
    object_marking_refs: [context.marking],
    x_leaks_claimant: claimant.text,
  });
}

function sourceNote(source: Source, context: Context): StixObject {
  const { view } = context;
  const { grade, gradedBy, gradedOn, rationale } = source.reliability;
  const publisher = source.publisher === undefined ? undefined : actorName(view, source.publisher);
  const authors = source.authors.map((id) => actorName(view, id));
  const published = [
    ...(source.published === undefined ? [] : [source.published]),
    ...(publisher === undefined ? [] : [`by ${publisher}`]),
    ...(authors.length === 0 ? [] : [`(authors: ${authors.join(", ")})`]),
  ];
  const content = [
    `Source: ${sourceLabel(source, source.id)} (${source.kind}, language ${source.language}).`,
    // What the record does not say is left out, not written as unknown.
    ...(published.length === 0 ? [] : [`Published ${published.join(" ")}.`]),
    `Reliability (Admiralty scale): ${grade}, ${RELIABILITY_GRADES[grade]}; graded by ${gradedBy} on ${gradedOn}. ${rationale}`,
    ...source.cites.map(
      (cite) =>
        `It ${cite.relation} ${sourceLabel(view.getSource(cite.source), cite.source)}${cite.note === undefined ? "" : `: ${cite.note}`}.`,
    ),
    ...(source.notes === undefined ? [] : [`Editorial note: ${source.notes}`]),
    "Its quoted words remain its publisher's and authors'.",
  ].join("\n");
  const actors = [
    ...(source.publisher === undefined ? [] : [source.publisher]),
    ...source.authors,
  ].map(actorRef);
  // A source nobody is credited with is tied to what it is part of: its incidents, or the
  // sources that draw on it.
  const tiedTo =
    actors.length > 0
      ? []
      : [
          ...view
            .claimsInSource(source.id)
            .flatMap((claim) => claim.incidents)
            .map(incidentRef),
          ...view.citedBy(source.id).map((citing) => sourceRef(citing.source.id)),
        ];
  return compact({
    ...common("note", sourceRef(source.id), gradedOn),
    abstract: source.title ?? source.description ?? source.id,
    content,
    // What the document is about and who made it; the sources it draws on (the citation graph).
    object_refs: unique([
      ...actors,
      ...source.cites.map((cite) => sourceRef(cite.source)),
      ...tiedTo,
    ]),
    labels: [
      `source-kind:${source.kind}`,
      `admiralty-scale:source-reliability="${grade.toLowerCase()}"`,
    ],
    external_references: [
      recordReference("source", source.id),
      ...(source.url === undefined
        ? []
        : [
            { source_name: publisher ?? "publisher", description: "As published", url: source.url },
          ]),
      ...(source.archive?.url === undefined
        ? []
        : [
            {
              source_name: "archive",
              description: "A public archive copy",
              url: source.archive.url,
            },
          ]),
    ],
    object_marking_refs: [context.marking],
    x_leaks_published: source.published,
  });
}

function incidentGrouping(incident: Incident, context: Context): StixObject {
  const { view } = context;
  const claims = view.claimsOfIncident(incident.id);
  const dates = compact({
    happened: incident.dates.happened?.date,
    public: incident.dates.public?.date,
    acknowledged: incident.dates.acknowledged?.date,
  });
  return compact({
    ...common(
      "grouping",
      incidentRef(incident.id),
      latestDay(claims.map((claim) => claim.credibility.gradedOn)) ?? context.day,
    ),
    name: incident.title,
    description: incident.summary,
    // STIX's vocabulary has no context for a leak; its catch-all says so.
    context: "unspecified",
    object_refs: unique([
      ...claims.map((claim) => claimRef(claim.id)),
      ...view.actorsOfIncident(incident.id).map((actor) => actorRef(actor.id)),
      ...view.sourcesOfIncident(incident.id).map((source) => sourceRef(source.id)),
    ]),
    labels: [`leak-kind:${incident.kind}`, ...incident.tags],
    external_references: [recordReference("incident", incident.id)],
    object_marking_refs: [context.marking],
    // The dates as recorded, with their precision and qualifiers (`~`, `?`, ranges).
    x_leaks_dates: Object.keys(dates).length === 0 ? undefined : dates,
  });
}

function actorIdentity(actor: Actor, context: Context): StixObject {
  return compact({
    ...common("identity", actorRef(actor.id), context.day),
    name: actor.name,
    description: actor.notes,
    identity_class: IDENTITY_CLASS[actor.kind],
    labels: [`actor-kind:${actor.kind}`],
    external_references: [
      recordReference("actor", actor.id),
      ...(actor.identifiers.wikidata === undefined
        ? []
        : [
            {
              source_name: "wikidata",
              external_id: actor.identifiers.wikidata,
              url: `https://www.wikidata.org/wiki/${actor.identifiers.wikidata}`,
            },
          ]),
    ],
    object_marking_refs: [context.marking],
    x_leaks_aliases: actor.aliases,
  });
}

/** The corpus as a STIX 2.1 bundle object; the same corpus always gives the same bundle. */
export function stixBundle(input: Corpus): StixObject {
  const corpus = orderedCorpus(input);
  const day = corpusDay(corpus);
  const context: Context = { view: createCorpusView(corpus), day, marking: licenceMarking(day) };
  const objects = [
    ...datasetObjects(day),
    ...corpus.actors.map((actor) => actorIdentity(actor, context)),
    ...corpus.sources.map((source) => sourceNote(source, context)),
    ...corpus.incidents.map((incident) => incidentGrouping(incident, context)),
    ...corpus.claims.map((claim) => claimNote(claim, context)),
  ];
  // The bundle's id follows from its content: a new release of changed data is a new bundle.
  const digest = createHash("sha256").update(JSON.stringify(objects)).digest("hex");
  return { type: "bundle", id: stixId("bundle", "bundle", digest), objects };
}

/** The corpus as a STIX 2.1 bundle, as JSON text. */
export function corpusStix(corpus: Corpus): string {
  return `${JSON.stringify(stixBundle(corpus), null, 2)}\n`;
}
