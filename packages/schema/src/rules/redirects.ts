import type { Redirect } from "../models/redirect.js";
import type { RecordKind } from "../problems/problem.js";
import type { Corpus } from "../records.js";
import { indexCorpus } from "./corpus-index.js";
import type { RuleContext } from "./rule.js";

/** How the redirect rules see a corpus's redirects: each old id's first entry, and the live ids. */
export interface RedirectGraph {
  readonly redirects: readonly Redirect[];
  /** Whether a record of the kind has the id (one that failed its schema counts). */
  readonly isLive: (kind: RecordKind, id: string) => boolean;
  /** The position of the first redirect from an old id of a kind. */
  readonly firstFrom: (kind: RecordKind, id: string) => number | undefined;
  /** Whether following the redirect at `index` comes back to its own old id. */
  readonly onLoop: (index: number) => boolean;
  /** The ids a redirect leads through, from its old id to the first that no redirect leaves. */
  readonly walk: (index: number) => readonly string[];
}

const keyOf = (kind: RecordKind, id: string) => `${kind}\u0000${id}`;

const graphs = new WeakMap<Corpus, RedirectGraph>();

export function redirectGraph(corpus: Corpus, context: RuleContext): RedirectGraph {
  const known = graphs.get(corpus);
  if (known !== undefined) return known;
  const redirects = corpus.redirects ?? [];
  const index = indexCorpus(corpus);
  const first = new Map<string, number>();
  redirects.forEach((redirect, at) => {
    const key = keyOf(redirect.kind, redirect.from);
    if (!first.has(key)) first.set(key, at);
  });
  const firstFrom = (kind: RecordKind, id: string) => first.get(keyOf(kind, id));
  const walk = (at: number): string[] => {
    const start = redirects[at] as Redirect;
    const ids = [start.from];
    const seen = new Set(ids);
    let next: Redirect | undefined = start;
    while (next !== undefined) {
      ids.push(next.to);
      if (seen.has(next.to)) break;
      seen.add(next.to);
      const following = firstFrom(start.kind, next.to);
      next = following === undefined ? undefined : redirects[following];
    }
    return ids;
  };
  const graph: RedirectGraph = {
    redirects,
    isLive: (kind, id) => index[kind].has(id) || context.invalidIds?.[kind]?.has(id) === true,
    firstFrom,
    onLoop: (at) => {
      const ids = walk(at);
      return ids.at(-1) === ids[0];
    },
    walk,
  };
  graphs.set(corpus, graph);
  return graph;
}

export const quoted = (ids: readonly string[]) => ids.map((id) => `"${id}"`).join(" → ");
