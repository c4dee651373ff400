import { citationGraph, DEPENDENT_CITATIONS } from "./graph.js";
import { defineRule, type Finding } from "./rule.js";

export const citationCycleRule = defineRule({
  code: "citation-cycle",
  severity: "error",
  description:
    "Sources that relay, quote or summarise each other in a loop: one of them must have reported first, so at least one edge of the citation graph is wrong.",
  *check(corpus): Generator<Finding> {
    const loopOf = new Map<string, readonly string[]>();
    for (const members of citationGraph(corpus).cycles)
      for (const id of members) loopOf.set(id, members);
    // Report once per loop, on its first member as written in the corpus.
    const reported = new Set<readonly string[]>();
    for (const source of corpus.sources) {
      const members = loopOf.get(source.id);
      if (members === undefined || reported.has(members)) continue;
      reported.add(members);
      const edge = source.cites.findIndex(
        (citation) =>
          DEPENDENT_CITATIONS.has(citation.relation) && members.includes(citation.source),
      );
      yield {
        recordKind: "source",
        recordId: source.id,
        // With duplicate ids the loop may run through another record of the same id.
        path: edge === -1 ? ["cites"] : ["cites", edge, "relation"],
        message: `sources ${members.map((id) => `"${id}"`).join(", ")} relay, quote or summarise each other in a loop`,
        hint: 'find which reported first and make the others draw on it; for a mere reference use relation "cites"',
      };
    }
  },
});
