import { indexCorpus } from "./corpus-index.js";
import { parseDate } from "./dates.js";
import { expressionMismatch, inferredDates } from "./inferred-dates.js";
import { defineRule, type Finding } from "./rule.js";

export const inferredDateMismatchRule = defineRule({
  code: "inferred-date-mismatch",
  severity: "error",
  description:
    'An inferred date that its basis does not give: a weekday that is not that day within a week of the anchor\'s date, "yesterday" that is not the day before, a month and day that differ, or a day-precise date from an expression such as "last week" that only gives a span. No date is more precise than its basis.',
  *check(corpus): Generator<Finding> {
    const sources = indexCorpus(corpus).source;
    for (const inferred of inferredDates(corpus)) {
      const anchorText = sources.get(inferred.basis.anchor)?.published;
      if (inferred.date === undefined || anchorText === undefined) continue;
      const date = parseDate(inferred.date);
      const anchor = parseDate(anchorText);
      // Malformed dates are the schema's to report.
      if (date === undefined || anchor === undefined) continue;
      const reason = expressionMismatch(inferred.basis.expression, date, anchor);
      if (reason === undefined) continue;
      yield {
        recordKind: inferred.recordKind,
        recordId: inferred.recordId,
        path: inferred.datePath,
        message: reason,
        hint: `write the date that "${inferred.basis.expression}" gives read against ${anchorText}, at no finer precision`,
      };
    }
  },
});
