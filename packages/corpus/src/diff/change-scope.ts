import type { Corpus } from "@leaks/schema";
import { createCorpusView, relationshipKey } from "../corpus-view.js";
import type { LoadedRecord } from "../loader/index.js";
import {
  type ChangedRecord,
  type RecordRef,
  type RenamedRecord,
  WHOLE_RECORD,
} from "./diff-records.js";

/**
 * What a changed record belongs to, before or after the change: the incidents whose dossier
 * shows it, and the relationships (keys as `relationshipKey` gives) whose impacts it touches.
 * A feed of one incident or relationship lists the changes whose scope names it; a removed
 * record keeps the scope it had.
 */
export interface ChangeScope {
  readonly incidents: readonly string[];
  readonly relationships: readonly string[];
}

type Scoped<T> = T & ChangeScope;

/** The corpus's lists of records (its redirects aside). */
export type RecordLists = Exclude<keyof Corpus, "redirects">;

/** The valid records of a load, as a corpus (invalid ones belong to nothing). */
function corpusOf(records: readonly LoadedRecord[]): Corpus {
  const corpus = { incidents: [], claims: [], actors: [], sources: [] } as {
    [K in RecordLists]: Corpus[K][number][];
  };
  for (const loaded of records) {
    if (loaded.record === undefined) continue;
    if (loaded.kind === "incident") corpus.incidents.push(loaded.record);
    else if (loaded.kind === "claim") corpus.claims.push(loaded.record);
    else if (loaded.kind === "actor") corpus.actors.push(loaded.record);
    else corpus.sources.push(loaded.record);
  }
  return corpus;
}

/** For every record of one corpus, what it belongs to. */
function scopesOf(corpus: Corpus) {
  const view = createCorpusView(corpus);
  const incidents = new Map<string, Set<string>>();
  const relationships = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, value: string) => {
    const set = map.get(key) ?? new Set<string>();
    set.add(value);
    map.set(key, set);
  };
  /** The relationship of each impact of an incident, by the impact's index. */
  const impactKeys = new Map<string, string[]>();
  for (const incident of corpus.incidents) {
    add(incidents, `incident\0${incident.id}`, incident.id);
    impactKeys.set(
      incident.id,
      incident.impacts.map((impact) => relationshipKey(impact.parties)),
    );
    for (const impact of incident.impacts)
      for (const claim of impact.claims)
        add(relationships, `claim\0${claim}`, relationshipKey(impact.parties));
    for (const source of view.sourcesOfIncident(incident.id))
      add(incidents, `source\0${source.id}`, incident.id);
    for (const actor of view.actorsOfIncident(incident.id))
      add(incidents, `actor\0${actor.id}`, incident.id);
  }
  for (const claim of corpus.claims)
    for (const incident of claim.incidents) add(incidents, `claim\0${claim.id}`, incident);
  return { incidents, relationships, impactKeys };
}

const IMPACT_FIELD = /^impacts(?:\[(\d+)\])?/;

/** The relationships whose impacts the changed fields of an incident touch. */
function touchedImpacts(keys: readonly string[], fields: readonly string[] | undefined): string[] {
  if (fields === undefined || fields.includes(WHOLE_RECORD)) return [...keys];
  const touched: string[] = [];
  for (const field of fields) {
    const match = IMPACT_FIELD.exec(field);
    if (match === null) continue;
    if (match[1] === undefined) return [...keys];
    const key = keys[Number(match[1])];
    if (key !== undefined) touched.push(key);
  }
  return touched;
}

/**
 * Gives each record of a diff its scope, from the corpus before and after: a record added
 * belongs to what it belongs to now, a removed one to what it belonged to, a changed one to
 * both (a claim moved to another incident shows in the feeds of both).
 */
export function withScopes<
  D extends {
    readonly added: readonly RecordRef[];
    readonly changed: readonly ChangedRecord[];
    readonly removed: readonly RecordRef[];
    readonly renamed: readonly RenamedRecord[];
  },
>(
  diff: D,
  before: readonly LoadedRecord[],
  after: readonly LoadedRecord[],
): {
  added: Scoped<RecordRef>[];
  changed: Scoped<ChangedRecord>[];
  removed: Scoped<RecordRef>[];
  renamed: Scoped<RenamedRecord>[];
} {
  const then = scopesOf(corpusOf(before));
  const now = scopesOf(corpusOf(after));
  const scope = <R extends RecordRef & { fields?: readonly string[] }>(
    ref: R,
    sides: readonly ReturnType<typeof scopesOf>[],
  ): Scoped<R> => {
    const key = `${ref.kind}\0${ref.id}`;
    const incidents = new Set<string>();
    const relationships = new Set<string>();
    for (const side of sides) {
      for (const id of side.incidents.get(key) ?? []) incidents.add(id);
      for (const id of side.relationships.get(key) ?? []) relationships.add(id);
      if (ref.kind === "incident")
        for (const id of touchedImpacts(side.impactKeys.get(ref.id) ?? [], ref.fields))
          relationships.add(id);
    }
    return { ...ref, incidents: [...incidents].sort(), relationships: [...relationships].sort() };
  };
  return {
    added: diff.added.map((ref) => scope(ref, [now])),
    changed: diff.changed.map((ref) => scope(ref, [then, now])),
    removed: diff.removed.map((ref) => scope(ref, [then])),
    // A renamed or merged record belongs to what its old id did, and to what its new id does.
    renamed: diff.renamed.map((record) => {
      const old = scope({ kind: record.kind, id: record.from }, [then]);
      const current = scope({ kind: record.kind, id: record.to, fields: record.fields }, [now]);
      return {
        ...record,
        incidents: [...new Set([...old.incidents, ...current.incidents])].sort(),
        relationships: [...new Set([...old.relationships, ...current.relationships])].sort(),
      };
    }),
  };
}
