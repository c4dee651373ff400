import type { Claim } from "../models/claim.js";
import { withArticle } from "../problems/article.js";
import { defineRule, type Finding } from "./rule.js";

/** Natures that are someone's view: attributed to whoever holds it, never established as fact. */
export const VIEW_NATURES: ReadonlySet<Claim["nature"]> = new Set([
  "opinion",
  "speculation",
  "reader-comment",
]);
const ESTABLISHED: ReadonlySet<string> = new Set(["corroborated", "confirmed"]);

export const opinionStandingRule = defineRule({
  code: "opinion-standing",
  severity: "error",
  description:
    'An opinion, speculation or reader comment with standing "corroborated" or "confirmed": a view is attributed to whoever holds it, never established as fact.',
  *check(corpus): Generator<Finding> {
    for (const claim of corpus.claims)
      if (VIEW_NATURES.has(claim.nature) && ESTABLISHED.has(claim.standing))
        yield {
          recordKind: "claim",
          recordId: claim.id,
          path: ["standing"],
          message: `${withArticle(claim.nature)} cannot be "${claim.standing}"`,
          hint: 'set the standing to "alleged" (or "disputed"); if the claim is a checkable fact, record it as a separate claim with its own nature',
        };
  },
});
