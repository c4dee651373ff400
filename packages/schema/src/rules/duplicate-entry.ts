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

function* listsOf(entry: RecordEntry): Generator<List> {
  switch (entry.kind) {
    case "claim": {
      const claim = entry.record;
      yield { path: ["incidents"], entries: quoted(claim.incidents) };
      yield {
        path: ["appearances"],
        entries: claim.appearances.map((a) => ({
          key: `${a.source}\u0000${a.quote}`,
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
        entries: quoted(actor.aliases),
        alreadyAs: { key: actor.name, where: "the name" },
      };
      yield { path: ["members"], entries: quoted(actor.members) };
      yield {
        path: ["affiliations"],
        entries: actor.affiliations.map((a) => ({
          key: `${a.actor}\u0000${a.role ?? ""}`,
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
      yield { path: ["tags"], entries: quoted(incident.tags) };
      return;
    }
  }
}

export const duplicateEntryRule = defineRule({
  code: "duplicate-entry",
  severity: "warning",
  description:
    "The same entry twice in one list (an incident, author, party, basis claim, relation, appearance, alias, tag...), or an alias equal to the name: the repeat says nothing more.",
  *check(corpus): Generator<Finding> {
    for (const entry of recordsOf(corpus))
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
  },
});
