import { VIEW_NATURES } from "./opinion-standing.js";
import { independentOriginCount, singleOriginReason } from "./provenance.js";
import { defineRule, type Finding } from "./rule.js";

const ESTABLISHED: ReadonlySet<string> = new Set(["corroborated", "confirmed"]);

export const corroboratedSingleOriginRule = defineRule({
  code: "corroborated-single-origin",
  severity: "error",
  description:
    'A claim, other than a view, with standing "corroborated" or "confirmed" and fewer than two independent origins among its own appearances: relays of one report are one report, and so are two reports by one publisher or one that draws on the other.',
  *check(corpus): Generator<Finding> {
    for (const claim of corpus.claims) {
      // A view is never established, however sourced: opinion-standing says so, with its own fix.
      if (!ESTABLISHED.has(claim.standing) || VIEW_NATURES.has(claim.nature)) continue;
      if (independentOriginCount(claim, corpus) >= 2) continue;
      yield {
        recordKind: "claim",
        recordId: claim.id,
        path: ["standing"],
        message: `"${claim.standing}", but ${singleOriginReason(claim, corpus)}`,
        hint: 'add an appearance in a source with its own reporting of it (not one that relays, quotes or summarises these), or set the standing to "reported"',
      };
    }
  },
});
