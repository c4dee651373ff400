import type { Corpus } from "@leaks/schema";

const byId = <T extends { readonly id: string }>(a: T, b: T) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The corpus in a stable order, so that an export changes only where the data does: records
 * by id, claims by the folder of their first incident and then by id.
 */
export function orderedCorpus(corpus: Corpus): Corpus {
  return {
    incidents: [...corpus.incidents].sort(byId),
    claims: [...corpus.claims].sort((a, b) => {
      const fa = a.incidents[0] ?? "";
      const fb = b.incidents[0] ?? "";
      return fa < fb ? -1 : fa > fb ? 1 : byId(a, b);
    }),
    actors: [...corpus.actors].sort(byId),
    sources: [...corpus.sources].sort(byId),
  };
}

/** The corpus's collections with the record kind of each. */
export const COLLECTIONS = [
  ["incidents", "incident"],
  ["claims", "claim"],
  ["actors", "actor"],
  ["sources", "source"],
] as const;
