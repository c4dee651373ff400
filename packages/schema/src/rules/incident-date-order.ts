import { certainlyAfter } from "./dates.js";
import { defineRule, type Finding } from "./rule.js";

export const incidentDateOrderRule = defineRule({
  code: "incident-date-order",
  severity: "error",
  description:
    "An incident's dates out of order: it must happen no later than it becomes public, and become public no later than it is acknowledged. Dates of coarse precision that overlap (2017 and 2017-05-16) are not out of order.",
  *check(corpus): Generator<Finding> {
    for (const incident of corpus.incidents) {
      const { happened, public: madePublic, acknowledged } = incident.dates;
      if (madePublic !== undefined && certainlyAfter(happened?.date, madePublic.date))
        yield {
          recordKind: "incident",
          recordId: incident.id,
          path: ["dates", "public", "date"],
          message: `became public on ${madePublic.date}, before it happened (${happened?.date})`,
          hint: "check both dates against their claims; write a coarser date (a month, a year) where the sources are not precise",
        };
      if (acknowledged === undefined) continue;
      const earlier = [
        { name: "became public", date: madePublic?.date },
        { name: "happened", date: happened?.date },
      ].find((previous) => certainlyAfter(previous.date, acknowledged.date));
      if (earlier !== undefined)
        yield {
          recordKind: "incident",
          recordId: incident.id,
          path: ["dates", "acknowledged", "date"],
          message: `acknowledged on ${acknowledged.date}, before it ${earlier.name} (${earlier.date})`,
          hint: "check both dates against their claims; an acknowledgement comes after the leak is public",
        };
    }
  },
});
