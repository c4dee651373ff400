import { defineRule, type Finding } from "./rule.js";

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export const quoteWithoutTextRule = defineRule({
  code: "quote-without-text",
  severity: "error",
  description:
    'A quote with no letter or digit ("...", "[…]", "—"): it cannot locate anything in its source.',
  *check(corpus): Generator<Finding> {
    for (const claim of corpus.claims)
      for (const [i, appearance] of claim.appearances.entries())
        if (!LETTER_OR_DIGIT.test(appearance.quote))
          yield {
            recordKind: "claim",
            recordId: claim.id,
            path: ["appearances", i, "quote"],
            message: `the quote from "${appearance.source}" has no words: ${JSON.stringify(appearance.quote)}`,
            hint: "copy the sentence of the source that carries the claim, word for word",
          };
  },
});
