import { indexCorpus } from "./corpus-index.js";
import { defineRule, type Finding } from "./rule.js";

export const supersedesCycleRule = defineRule({
  code: "supersedes-cycle",
  severity: "error",
  description:
    "Claims that supersede each other in a loop (a supersedes b supersedes a): a correction must lead to a latest claim.",
  *check(corpus): Generator<Finding> {
    const claims = indexCorpus(corpus).claim;
    const next = (id: string) =>
      (claims.get(id)?.relations ?? []).flatMap((relation, index) =>
        relation.type === "supersedes" && relation.claim !== id
          ? [{ target: relation.claim, index }]
          : [],
      );
    // 1 = on the current path, 2 = done. Iterative depth-first search: chains can be long.
    const state = new Map<string, 1 | 2>();
    for (const start of corpus.claims) {
      if (state.has(start.id)) continue;
      const path: { id: string; edges: { target: string; index: number }[]; at: number }[] = [
        { id: start.id, edges: next(start.id), at: 0 },
      ];
      state.set(start.id, 1);
      while (path.length > 0) {
        const frame = path[path.length - 1] as (typeof path)[number];
        const edge = frame.edges[frame.at++];
        if (edge === undefined) {
          state.set(frame.id, 2);
          path.pop();
          continue;
        }
        const seen = state.get(edge.target);
        if (seen === 1) {
          const loop = path.slice(path.findIndex((f) => f.id === edge.target)).map((f) => f.id);
          yield {
            recordKind: "claim",
            recordId: frame.id,
            path: ["relations", edge.index, "claim"],
            message: `supersedes "${edge.target}", which leads back here: ${[...loop, edge.target].map((id) => `"${id}"`).join(" → ")}`,
            hint: "only the correcting claim says supersedes; remove the relation that points from the older claim to the newer one",
          };
        } else if (seen === undefined && claims.has(edge.target)) {
          state.set(edge.target, 1);
          path.push({ id: edge.target, edges: next(edge.target), at: 0 });
        }
      }
    }
  },
});
