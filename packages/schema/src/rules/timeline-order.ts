import { parseDate } from "./dates.js";
import { defineRule, type Finding } from "./rule.js";

export const timelineOrderRule = defineRule({
  code: "timeline-order",
  severity: "warning",
  description:
    "A timeline entry certainly earlier than an entry listed before it: the timeline is read in the order it is written.",
  *check(corpus): Generator<Finding> {
    for (const incident of corpus.incidents) {
      // The entry whose earliest possible day is latest so far: any entry that must end
      // before that day is out of order, whatever the precision of either.
      let latestStart: { index: number; earliest: string; text: string } | undefined;
      for (const [index, entry] of incident.timeline.entries()) {
        const date = parseDate(entry.date);
        if (date === undefined) continue;
        if (latestStart !== undefined && date.latest < latestStart.earliest) {
          yield {
            recordKind: "incident",
            recordId: incident.id,
            path: ["timeline", index, "date"],
            message: `${entry.date} comes before ${latestStart.text}, the date of timeline[${latestStart.index}] listed above it`,
            hint: `move this entry above timeline[${latestStart.index}], or correct its date`,
          };
          continue;
        }
        if (latestStart === undefined || date.earliest > latestStart.earliest)
          latestStart = { index, earliest: date.earliest, text: entry.date };
      }
    }
  },
});
