import type { StandingGroup } from "@leaks/corpus";
import { comparePartialDates, type Incident, type Involvement, summaryParts } from "@leaks/schema";
import { type DateView, dateView } from "../dates";
import {
  CLASSIFICATION_LABELS,
  INVOLVEMENT_LABELS,
  RELATED_INCIDENT_INVERSE_LABELS,
  RELATED_INCIDENT_LABELS,
} from "../labels";
import type {
  DatedFactView,
  Dossier,
  InvolvementView,
  PartyView,
  RelatedIncidentView,
  SourceEntry,
  SummarySentenceView,
} from "../views";
import { claimView, compareClaims, spellOutAnonymous } from "./claim-view";
import { actorsOf, impactView, incidentSummary, pairsOf, paragraphs, viewLinks } from "./incidents";
import { actorRef, citationViews, claimRef, incidentRef, inferredText, sourceRef } from "./refs";
import { recordPath } from "./routes";
import { claimsOf, index, reverse } from "./store";

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
