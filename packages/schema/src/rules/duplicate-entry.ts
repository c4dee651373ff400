import type { PathSegment } from "../problems/problem.js";
import { type RecordEntry, recordsOf } from "./corpus-index.js";
import { INCIDENT_DATE_FIELDS, INVOLVEMENT_FIELDS } from "./references.js";
import { defineRule, type Finding } from "./rule.js";

/** A list in which an entry written twice says nothing more. */
interface List {
  readonly path: readonly PathSegment[];
  /** What makes two entries the same, and how to name an entry in a message. */
  readonly entries: readonly { readonly key: string | undefined; readonly label: string }[];
  /** A value outside the list that an entry must not repeat either (an actor's name). */
  readonly alreadyAs?: { readonly key: string; readonly where: string };
}

const quoted = (values: readonly string[]) =>
  values.map((value) => ({ key: value, label: `"${value}"` }));

/**
 * Text as it compares: in Unicode normalisation form C, so that "é" typed as one character and
 * as "e" with a combining accent, which look the same, are the same entry.
 */
const nfc = (text: string) => text.normalize("NFC");
/** Human text (aliases, tags), compared in form C and shown as written. */
const texts = (values: readonly string[]) =>
  values.map((value) => ({ key: nfc(value), label: `"${value}"` }));

function* listsOf(entry: RecordEntry): Generator<List> {
  switch (entry.kind) {
    case "claim": {
      const claim = entry.record;
      yield { path: ["incidents"], entries: quoted(claim.incidents) };
      yield {
        path: ["appearances"],
        entries: claim.appearances.map((a) => ({
          key: `${a.source}\u0000${nfc(a.quote)}`,
          label: `the appearance in "${a.source}" with this quote`,
        })),
      };
      yield {
        path: ["relations"],
        entries: claim.relations.map((r) => ({
          key: `${r.type}\u0000${r.claim}`,
          label: `the relation ${r.type} "${r.claim}"`,
        })),
      };
      return;
    }
    case "source":
      yield { path: ["authors"], entries: quoted(entry.record.authors) };
      yield {
        path: ["cites"],
        entries: entry.record.cites.map((c) => ({ key: c.source, label: `"${c.source}"` })),
      };
      return;
    case "actor": {
      const actor = entry.record;
      yield {
        path: ["aliases"],
        entries: texts(actor.aliases),
        alreadyAs: { key: nfc(actor.name), where: "the name" },
      };
      yield { path: ["members"], entries: quoted(actor.members) };
      yield {
        path: ["affiliations"],
        entries: actor.affiliations.map((a) => ({
          key: `${a.actor}\u0000${nfc(a.role ?? "")}`,
          label: `the affiliation with "${a.actor}"`,
        })),
      };
      for (const [i, position] of actor.positions.entries())
        yield { path: ["positions", i, "claims"], entries: quoted(position.claims) };
      return;
    }
    case "incident": {
      const incident = entry.record;
      yield { path: ["countries"], entries: quoted(incident.countries) };
      for (const field of INCIDENT_DATE_FIELDS) {
        const fact = incident.dates[field];
        if (fact !== undefined)
          yield { path: ["dates", field, "claims"], entries: quoted(fact.claims) };
      }
      for (const field of INVOLVEMENT_FIELDS) {
        yield {
          path: [field],
          entries: incident[field].map((involvement) =>
            // Two anonymous parties may well be different people: only named ones compare.
            "actor" in involvement
              ? { key: involvement.actor, label: `"${involvement.actor}"` }
              : { key: undefined, label: "" },
          ),
        };
        for (const [i, involvement] of incident[field].entries())
          yield { path: [field, i, "claims"], entries: quoted(involvement.claims) };
      }
      for (const [i, marking] of incident.markings.entries())
        yield { path: ["markings", i, "claims"], entries: quoted(marking.claims) };
      for (const [i, item] of incident.timeline.entries())
        yield { path: ["timeline", i, "claims"], entries: quoted(item.claims) };
      for (const [i, impact] of incident.impacts.entries()) {
        yield { path: ["impacts", i, "parties"], entries: quoted(impact.parties) };
        yield { path: ["impacts", i, "claims"], entries: quoted(impact.claims) };
      }
      yield {
        path: ["related"],
        entries: incident.related.map((r) => ({ key: r.incident, label: `"${r.incident}"` })),
      };
      yield { path: ["tags"], entries: texts(incident.tags) };
      return;
    }
  }
}

/** Whether two entries of a list are alike, by equality for short lists, else by a key. */
function repeats<T>(
  items: readonly T[],
  same: (a: T, b: T) => boolean,
  key: (item: T) => string | undefined,
): boolean {
  if (items.length < 2) return false;
  if (items.length <= 16) {
    for (let i = 1; i < items.length; i++)
      for (let j = 0; j < i; j++) if (same(items[i] as T, items[j] as T)) return true;
    return false;
  }
  const seen = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    if (seen.has(k)) return true;
    seen.add(k);
  }
  return false;
}

const sameText = (a: string, b: string) => a === b;
const itself = (text: string) => text;
const repeatsText = (items: readonly string[]) => repeats(items, sameText, itself);
/** Whether human text repeats, compared in form C (most text has no two alike even so). */
const repeatsHumanText = (items: readonly string[]) =>
  items.length > 1 && repeatsText(items.map(nfc));

/**
 * Whether any list of `listsOf` holds a repeat, without building entries or labels: most
 * records have none, and only the others are walked in detail.
 */
function anyRepeat(entry: RecordEntry): boolean {
  switch (entry.kind) {
    case "claim": {
      const claim = entry.record;
      return (
        repeatsText(claim.incidents) ||
        (claim.appearances.length > 1 &&
          repeatsText(claim.appearances.map((a) => `${a.source}\u0000${nfc(a.quote)}`))) ||
        repeats(
          claim.relations,
          (a, b) => a.type === b.type && a.claim === b.claim,
          (r) => `${r.type}\u0000${r.claim}`,
        )
      );
    }
    case "source":
      return (
        repeatsText(entry.record.authors) ||
        repeats(
          entry.record.cites,
          (a, b) => a.source === b.source,
          (c) => c.source,
        )
      );
    case "actor": {
      const actor = entry.record;
      return (
        // An alias equal to the name, or to another alias.
        (actor.aliases.length > 0 && repeatsHumanText([actor.name, ...actor.aliases])) ||
        repeatsText(actor.members) ||
        (actor.affiliations.length > 1 &&
          repeatsText(actor.affiliations.map((a) => `${a.actor}\u0000${nfc(a.role ?? "")}`))) ||
        actor.positions.some((position) => repeatsText(position.claims))
      );
    }
    case "incident": {
      const incident = entry.record;
      if (repeatsText(incident.countries) || repeatsHumanText(incident.tags)) return true;
      for (const field of INCIDENT_DATE_FIELDS) {
        const fact = incident.dates[field];
        if (fact !== undefined && repeatsText(fact.claims)) return true;
      }
      for (const field of INVOLVEMENT_FIELDS) {
        const involvements = incident[field];
        if (
          repeats(
            involvements,
            (a, b) => "actor" in a && "actor" in b && a.actor === b.actor,
            (involvement) => ("actor" in involvement ? involvement.actor : undefined),
          ) ||
          involvements.some((involvement) => repeatsText(involvement.claims))
        )
          return true;
      }
      return (
        incident.markings.some((marking) => repeatsText(marking.claims)) ||
        incident.timeline.some((item) => repeatsText(item.claims)) ||
        incident.impacts.some(
          (impact) => repeatsText(impact.parties) || repeatsText(impact.claims),
        ) ||
        repeats(
          incident.related,
          (a, b) => a.incident === b.incident,
          (r) => r.incident,
        )
      );
    }
  }
}

export const duplicateEntryRule = defineRule({
  code: "duplicate-entry",
  severity: "warning",
  description:
    "The same entry twice in one list (an incident, author, party, basis claim, relation, appearance, alias, tag...), or an alias equal to the name: the repeat says nothing more.",
  *check(corpus): Generator<Finding> {
    for (const entry of recordsOf(corpus)) {
      if (!anyRepeat(entry)) continue;
      for (const list of listsOf(entry)) {
        const first = new Map<string, string>();
        if (list.alreadyAs !== undefined) first.set(list.alreadyAs.key, list.alreadyAs.where);
        for (const [i, { key, label }] of list.entries.entries()) {
          if (key === undefined) continue;
          const earlier = first.get(key);
          if (earlier === undefined) {
            first.set(key, `[${i}]`);
            continue;
          }
          yield {
            recordKind: entry.kind,
            recordId: entry.record.id,
            path: [...list.path, i],
            message: `${label} is already listed (${earlier === "the name" ? "as the name" : `at ${earlier}`})`,
            hint: "remove this entry",
          };
        }
      }
    }
  },
});
