import { redirectGraph } from "./redirects.js";
import { defineRule, type Finding } from "./rule.js";

export const redirectIdReusedRule = defineRule({
  code: "redirect-id-reused",
  severity: "error",
  description:
    "An old id that a record of its kind has again, or that two redirects leave: an old id keeps leading where it led, and names no new record.",
  *check(corpus, context): Generator<Finding> {
    const graph = redirectGraph(corpus, context);
    for (const [at, redirect] of graph.redirects.entries()) {
      const { kind, from } = redirect;
      const first = graph.firstFrom(kind, from);
      if (first !== at)
        yield {
          recordKind: kind,
          recordId: from,
          path: ["redirects", at, "from"],
          message: `the ${kind} id "${from}" is already redirected by redirects[${first}]`,
          hint: "keep one redirect for each old id: remove this one, or the other",
        };
      else if (graph.isLive(kind, from))
        yield {
          recordKind: kind,
          recordId: from,
          path: ["redirects", at, "from"],
          message: `the ${kind} id "${from}" is redirected, but a ${kind} has that id again`,
          hint: `an old id is never given to another record: give the ${kind} "${from}" a new id, or remove the redirect if the rename was undone`,
        };
    }
  },
});
