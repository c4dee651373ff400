import { parsePartialDate } from "../primitives/partial-date.js";
import type { PathSegment, RecordKind } from "../problems/problem.js";
import { type RecordEntry, recordsOf } from "./corpus-index.js";
import { certainlyAfter } from "./dates.js";
import { INCIDENT_DATE_FIELDS } from "./references.js";
import { defineRule, type Finding } from "./rule.js";

interface DateField {
  readonly path: readonly PathSegment[];
  readonly date: string | undefined;
}

function* datesOf(entry: RecordEntry): Generator<DateField> {
  switch (entry.kind) {
    case "incident": {
      const incident = entry.record;
      for (const field of INCIDENT_DATE_FIELDS)
        yield { path: ["dates", field, "date"], date: incident.dates[field]?.date };
      for (const [i, item] of incident.timeline.entries())
        yield { path: ["timeline", i, "date"], date: item.date };
      for (const [i, impact] of incident.impacts.entries()) {
        yield { path: ["impacts", i, "from"], date: impact.from };
        yield { path: ["impacts", i, "to"], date: impact.to };
      }
      return;
    }
    case "claim":
      yield { path: ["concerns"], date: entry.record.concerns };
      yield { path: ["credibility", "gradedOn"], date: entry.record.credibility.gradedOn };
      return;
    case "actor":
      for (const [i, position] of entry.record.positions.entries()) {
        yield { path: ["positions", i, "from"], date: position.from };
        yield { path: ["positions", i, "to"], date: position.to };
      }
      return;
    case "source":
      yield { path: ["published"], date: entry.record.published };
      yield { path: ["reliability", "gradedOn"], date: entry.record.reliability.gradedOn };
      return;
  }
}

/** Whether any date of `datesOf` is in the future, without building paths: most records have none. */
function anyFutureDate(entry: RecordEntry, future: (date: string | undefined) => boolean): boolean {
  switch (entry.kind) {
    case "incident": {
      const incident = entry.record;
      for (const field of INCIDENT_DATE_FIELDS)
        if (future(incident.dates[field]?.date)) return true;
      for (const item of incident.timeline) if (future(item.date)) return true;
      for (const impact of incident.impacts)
        if (future(impact.from) || future(impact.to)) return true;
      return false;
    }
    case "claim":
      return future(entry.record.concerns) || future(entry.record.credibility.gradedOn);
    case "actor":
      for (const position of entry.record.positions)
        if (future(position.from) || future(position.to)) return true;
      return false;
    case "source":
      return future(entry.record.published) || future(entry.record.reliability.gradedOn);
  }
}

export const futureDateRule = defineRule({
  code: "future-date",
  severity: "error",
  description:
    "A date certainly later than today: an event, a publication, a term or a grading day that has not come yet.",
  *check(corpus, context): Generator<Finding> {
    if (parsePartialDate(context.today)?.precision !== "day")
      throw new TypeError(`context.today must be a day YYYY-MM-DD, not ${context.today}`);
    const future = (date: string | undefined) => certainlyAfter(date, context.today);
    for (const entry of recordsOf(corpus)) {
      if (!anyFutureDate(entry, future)) continue;
      for (const { path, date } of datesOf(entry))
        if (certainlyAfter(date, context.today))
          yield {
            recordKind: entry.kind satisfies RecordKind,
            recordId: entry.record.id,
            path,
            message: `${date} is in the future (today is ${context.today})`,
            hint: "correct the date; a year or a month is enough where the day is not known",
          };
    }
  },
});
