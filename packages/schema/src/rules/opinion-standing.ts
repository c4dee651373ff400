import { defineRule, type Finding } from "./rule.js";

const VIEWS: ReadonlySet<string> = new Set(["opinion", "speculation", "reader-comment"]);
const ESTABLISHED: ReadonlySet<string> = new Set(["corroborated", "confirmed"]);

export const opinionStandingRule = defineRule({
  code: "opinion-standing",
  severity: "error",
  description:
    'An opinion, speculation or reader comment with standing "corroborated" or "confirmed": a view is attributed to whoever holds it, never established as fact.',
  *check(corpus): Generator<Finding> {
    for (const claim of corpus.claims)
      if (VIEWS.has(claim.nature) && ESTABLISHED.has(claim.standing))
        yield {
          recordKind: "claim",
          recordId: claim.id,
          path: ["standing"],
          message: `a ${claim.nature} cannot be "${claim.standing}"`,
          hint: 'set the standing to "alleged" (or "disputed"); if the claim is a checkable fact, record it as a separate claim with its own nature',
        };
  },
});
