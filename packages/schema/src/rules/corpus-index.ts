import type { Actor } from "../models/actor.js";
import type { Claim } from "../models/claim.js";
import type { Incident } from "../models/incident.js";
import type { Source } from "../models/source.js";
import type { RecordKind } from "../problems/problem.js";
import type { Corpus, RecordOfKind } from "../records.js";

/** The field of a `Corpus` that holds each kind of record. */
export const COLLECTION_OF = {
  incident: "incidents",
  claim: "claims",
  actor: "actors",
  source: "sources",
} as const satisfies Record<RecordKind, keyof Corpus>;

/** Records by id, one map per kind; where an id is duplicated the first record wins. */
export interface CorpusIndex {
  readonly incident: ReadonlyMap<string, Incident>;
  readonly claim: ReadonlyMap<string, Claim>;
  readonly actor: ReadonlyMap<string, Actor>;
  readonly source: ReadonlyMap<string, Source>;
}

function byId<T extends { readonly id: string }>(records: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const record of records) if (!map.has(record.id)) map.set(record.id, record);
  return map;
}

// Several rules look records up by id: build the maps once per corpus, not once per rule.
const cache = new WeakMap<Corpus, CorpusIndex>();

export function indexCorpus(corpus: Corpus): CorpusIndex {
  let index = cache.get(corpus);
  if (index === undefined) {
    index = {
      incident: byId(corpus.incidents),
      claim: byId(corpus.claims),
      actor: byId(corpus.actors),
      source: byId(corpus.sources),
    };
    cache.set(corpus, index);
  }
  return index;
}

/** A record with its kind, narrowed together. */
export type RecordEntry = { [K in RecordKind]: { kind: K; record: RecordOfKind[K] } }[RecordKind];

/** Every record of the corpus with its kind, in a stable order. */
export function* recordsOf(corpus: Corpus): Generator<RecordEntry> {
  for (const record of corpus.incidents) yield { kind: "incident", record };
  for (const record of corpus.claims) yield { kind: "claim", record };
  for (const record of corpus.actors) yield { kind: "actor", record };
  for (const record of corpus.sources) yield { kind: "source", record };
}
