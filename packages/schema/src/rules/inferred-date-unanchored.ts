import { indexCorpus } from "./corpus-index.js";
import { inferredDates } from "./inferred-dates.js";
import { defineRule, type Finding } from "./rule.js";

export const inferredDateUnanchoredRule = defineRule({
  code: "inferred-date-unanchored",
  severity: "error",
  description:
    "An inferred date whose anchor source has no published date, or a basis given for a date that is not written: a relative expression means nothing without a date to read it against.",
  *check(corpus): Generator<Finding> {
    const sources = indexCorpus(corpus).source;
    for (const inferred of inferredDates(corpus)) {
      const { recordKind, recordId, basis } = inferred;
      const at = { recordKind, recordId };
      if (inferred.date === undefined) {
        yield {
          ...at,
          path: inferred.basisPath,
          message: `a basis ("${basis.expression}") for a date that is not given`,
          hint: `write the date it gives at ${inferred.datePath.join(".")}, or remove the basis`,
        };
        continue;
      }
      const anchor = sources.get(basis.anchor);
      // An unknown anchor is reported by unknown-reference, a source anchored on itself by self-reference.
      if (anchor === undefined || anchor.published !== undefined || anchor.id === recordId)
        continue;
      yield {
        ...at,
        path: [...inferred.basisPath, "anchor"],
        message: `"${basis.expression}" is read against "${basis.anchor}", which has no published date`,
        hint: `anchor it on a source with a published date, or give "${basis.anchor}" its date first; otherwise leave the date out`,
      };
    }
  },
});
