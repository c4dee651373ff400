import {
  type Claim,
  comparePartialDates,
  type Impact,
  type Incident,
  textParagraphs,
} from "@leaks/schema";
import type { DateView } from "../dates";
import {
  IMPACT_CERTAINTY_LABELS,
  IMPACT_CERTAINTY_MEANINGS,
  IMPACT_EFFECT_LABELS,
  INVOLVEMENT_LABELS,
  LEAK_KIND_LABELS,
} from "../labels";
import type { ActorInvolvement, ClaimView, ImpactView, IncidentSummary } from "../views";
import { actorRef, claimRef, countries, incidentRef, optionalDate, relationshipRef } from "./refs";
import { paths } from "./routes";
import { claimsOf, index } from "./store";

/** A text's paragraphs as the dataset defines them (one rule for the site and the schema). */
export const paragraphs = textParagraphs;

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

function incidentDate(incident: Incident): DateView | undefined {
  return optionalDate(incident.dates.happened?.date ?? incident.dates.public?.date);
}

export function incidentSummary(incident: Incident): IncidentSummary {
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

export function impactView(incident: Incident, impact: Impact): ImpactView {
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

export function actorsOf(incident: Incident, claims: readonly Claim[]): ActorInvolvement[] {
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

/**
 * The pairs of claims, both of this dossier, that one of them relates by `type` (contradicts:
 * they cannot both be true; in tension: they can, but pull apart), each pair once, in the
 * order of the claims. Shared by the dossier's blocks, its badges and every count of them, so
 * that they cannot disagree.
 */
export function pairsOf<T extends { readonly id: string }>(
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

export const viewLinks = (claim: ClaimView) =>
  claim.relations.map((relation) => ({ type: relation.type, id: relation.claim.id }));
