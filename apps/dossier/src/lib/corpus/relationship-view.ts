import { comparePartialDates } from "@leaks/schema";
import type { ImpactView, IncidentRef, RelationshipRef } from "../views";
import { impactView } from "./incidents";
import { relationshipRef } from "./refs";
import { index } from "./store";

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
