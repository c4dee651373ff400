import type { Incident, RecordKind } from "@leaks/schema";
import { countryName, LEAK_KIND_LABELS } from "../labels";
import type { ActorRef, Country, IncidentSummary, SourceRef } from "../views";
import { listIncidents } from "./incidents";
import { actorRef, countries, sourceLabel, sourceRef } from "./refs";
import { paths } from "./routes";
import { index } from "./store";

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

export function sourceIds(): string[] {
  return index().corpus.sources.map((source) => source.id);
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

export function corpusCounts() {
  const { corpus } = index();
  return {
    incidents: corpus.incidents.length,
    claims: corpus.claims.length,
    actors: corpus.actors.length,
    sources: corpus.sources.length,
  };
}
