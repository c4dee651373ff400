import { indexCorpus } from "./corpus-index.js";
import { certainlyAfter } from "./dates.js";
import { defineRule, type Finding } from "./rule.js";

export const citationDateOrderRule = defineRule({
  code: "citation-date-order",
  severity: "warning",
  description:
    "A source that draws on a source published after it. Usually a wrong date; an article updated after publication may do it, which its notes should say.",
  *check(corpus): Generator<Finding> {
    const sources = indexCorpus(corpus).source;
    for (const source of corpus.sources)
      for (const [i, citation] of source.cites.entries()) {
        const cited = sources.get(citation.source)?.published;
        if (certainlyAfter(cited, source.published))
          yield {
            recordKind: "source",
            recordId: source.id,
            path: ["cites", i, "source"],
            message: `published ${source.published}, but ${citation.relation} "${citation.source}", published later (${cited})`,
            hint: "correct either published date; if this source was updated later, say so in its notes",
          };
      }
  },
});
