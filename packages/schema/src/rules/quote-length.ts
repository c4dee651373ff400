import { QUOTE_MAX_LENGTH } from "../primitives/text.js";
import { defineRule, type Finding } from "./rule.js";

/** Past this a quote starts to reproduce the text rather than locate the claim. */
export const QUOTE_WARNING_LENGTH = 300;

export const quoteLengthRule = defineRule({
  code: "quote-length",
  severity: "warning",
  description: `A quote longer than ${QUOTE_WARNING_LENGTH} characters (the schema's hard limit is ${QUOTE_MAX_LENGTH}): a quote locates the claim in its source; it does not reproduce the source.`,
  *check(corpus): Generator<Finding> {
    for (const claim of corpus.claims)
      for (const [i, appearance] of claim.appearances.entries()) {
        // Code points never outnumber UTF-16 units: a short string needs no counting.
        if (appearance.quote.length <= QUOTE_WARNING_LENGTH) continue;
        const length = [...appearance.quote].length;
        if (length > QUOTE_WARNING_LENGTH)
          yield {
            recordKind: "claim",
            recordId: claim.id,
            path: ["appearances", i, "quote"],
            message: `the quote from "${appearance.source}" is ${length} characters long (more than ${QUOTE_WARNING_LENGTH})`,
            hint: "keep only the sentence that carries the claim, copied exactly",
          };
      }
  },
});
