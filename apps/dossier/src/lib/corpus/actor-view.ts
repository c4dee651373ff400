import type { DateView } from "../dates";
import type {
  ActorRef,
  ClaimView,
  Country,
  IncidentSummary,
  RelationshipRef,
  SourceRef,
} from "../views";
import { claimView, compareClaims } from "./claim-view";
import { actorsOf, incidentSummary, paragraphs } from "./incidents";
import { actorRef, countries, optionalDate, relationshipRef, sourceRef } from "./refs";
import { recordPath } from "./routes";
import { claimsOf, index, reverse } from "./store";

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
