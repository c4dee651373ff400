// The relationships an incident (or the whole record) affected, as a matrix of their parties:
// each cell the pair's relationships and their effects, for `RelationshipMatrix` to draw.
import type { ActorRef, ImpactView, RelationshipRef } from "./views";

/** How an effect bears on a relationship: the matrix colours a cell by the gravest. */
export const EFFECT_FAMILIES = ["harm", "strain", "repair", "unchanged", "other"] as const;
export type EffectFamily = (typeof EFFECT_FAMILIES)[number];

const FAMILY_OF: Readonly<Record<string, EffectFamily>> = {
  "trust-damaged": "harm",
  "sharing-paused": "harm",
  "sharing-restricted": "harm",
  protest: "strain",
  "briefing-requested": "strain",
  investigation: "strain",
  "visit-in-doubt": "strain",
  reassurance: "repair",
  "no-change": "unchanged",
  other: "other",
};

export function effectFamily(effect: string): EffectFamily {
  return FAMILY_OF[effect] ?? "other";
}

/** The effects of one family, by their labels: what the key says a colour stands for. */
export function familyEffects(family: EffectFamily, labels: Readonly<Record<string, string>>) {
  return Object.entries(FAMILY_OF)
    .filter(([, f]) => f === family)
    .map(([effect]) => labels[effect] ?? effect);
}

/** One effect of a cell: an effect at one certainty, and how many impacts say it. */
export interface CellEffect {
  readonly effect: string;
  readonly effectLabel: string;
  readonly certainty: string;
  readonly certaintyLabel: string;
  /** Feared or speculated: not reported to have happened. */
  readonly hollow: boolean;
  readonly family: EffectFamily;
  readonly count: number;
}

export interface MatrixCell {
  readonly relationship: RelationshipRef;
  readonly effects: readonly CellEffect[];
  /** The gravest family among its effects. */
  readonly family: EffectFamily;
}

export interface Matrix {
  readonly columns: readonly ActorRef[];
  readonly rows: readonly ActorRef[];
  /** Keyed `row id|column id`; a pair may share more than one relationship. */
  readonly cells: ReadonlyMap<string, readonly MatrixCell[]>;
  readonly relationships: number;
  readonly families: readonly EffectFamily[];
}

const HOLLOW = new Set(["feared", "speculated"]);

function cellOf(relationship: RelationshipRef, impacts: readonly ImpactView[]): MatrixCell {
  const effects = new Map<string, CellEffect>();
  for (const impact of impacts) {
    const key = `${impact.effect}/${impact.certainty}`;
    const known = effects.get(key);
    effects.set(key, {
      effect: impact.effect,
      effectLabel: impact.effectLabel,
      certainty: impact.certainty,
      certaintyLabel: impact.certaintyLabel,
      hollow: HOLLOW.has(impact.certainty),
      family: effectFamily(impact.effect),
      count: (known?.count ?? 0) + 1,
    });
  }
  const list = [...effects.values()].sort(
    (a, b) => EFFECT_FAMILIES.indexOf(a.family) - EFFECT_FAMILIES.indexOf(b.family),
  );
  return { relationship, effects: list, family: list[0]?.family ?? "other" };
}

/**
 * The parties of the impacts' relationships, the most connected first: a pair is a cell in the
 * column of the one that comes first and the row of the other, so that a relationship is drawn
 * once and a record where one state is party to most of them is one column, many rows.
 */
export function relationshipMatrix(impacts: readonly ImpactView[]): Matrix {
  const byRelationship = new Map<string, { ref: RelationshipRef; impacts: ImpactView[] }>();
  for (const impact of impacts) {
    const group = byRelationship.get(impact.relationship.id);
    if (group === undefined)
      byRelationship.set(impact.relationship.id, { ref: impact.relationship, impacts: [impact] });
    else group.impacts.push(impact);
  }
  const actors = new Map<string, ActorRef>();
  const degree = new Map<string, number>();
  for (const { ref } of byRelationship.values())
    for (const party of ref.parties) {
      actors.set(party.id, party);
      degree.set(party.id, (degree.get(party.id) ?? 0) + 1);
    }
  const order = [...actors.values()].sort(
    (a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.name.localeCompare(b.name),
  );
  const rank = new Map(order.map((actor, i) => [actor.id, i]));
  const cells = new Map<string, MatrixCell[]>();
  const columns = new Set<string>();
  const rows = new Set<string>();
  const families = new Set<EffectFamily>();
  for (const { ref, impacts: own } of byRelationship.values()) {
    const cell = cellOf(ref, own);
    for (const effect of cell.effects) families.add(effect.family);
    const parties = [...ref.parties].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
    for (const [i, column] of parties.entries())
      for (const row of parties.slice(i + 1)) {
        columns.add(column.id);
        rows.add(row.id);
        const key = `${row.id}|${column.id}`;
        cells.set(key, [...(cells.get(key) ?? []), cell]);
      }
  }
  return {
    columns: order.filter((actor) => columns.has(actor.id)),
    rows: order.filter((actor) => rows.has(actor.id)),
    cells,
    relationships: byRelationship.size,
    families: EFFECT_FAMILIES.filter((family) => families.has(family)),
  };
}
