import { indexCorpus } from "./corpus-index.js";
import { defineRule, type Finding } from "./rule.js";

export const orphanSourceRule = defineRule({
  code: "orphan-source",
  severity: "error",
  description:
    "A source that no claim appears in or is claimed by, and that no such source draws on (directly or through other sources): it supports nothing in the dataset.",
  *check(corpus): Generator<Finding> {
    const sources = indexCorpus(corpus).source;
    const used = new Set<string>();
    const queue: string[] = [];
    const use = (id: string) => {
      if (used.has(id)) return;
      used.add(id);
      queue.push(id);
    };
    for (const claim of corpus.claims) {
      for (const appearance of claim.appearances) use(appearance.source);
      if (claim.claimant.kind === "source-author") use(claim.claimant.source);
    }
    // Any citation keeps a source in use: a report's own sources are part of its record.
    for (let next = queue.pop(); next !== undefined; next = queue.pop())
      for (const citation of sources.get(next)?.cites ?? []) use(citation.source);
    for (const source of corpus.sources) {
      if (used.has(source.id)) continue;
      yield {
        recordKind: "source",
        recordId: source.id,
        path: ["id"],
        message: `source "${source.id}" is not in any claim's appearances, nor drawn on by a source that is`,
        hint: `cite "${source.id}" in the appearances of the claims it carries, with a verbatim quote, or remove the source`,
      };
    }
  },
});
