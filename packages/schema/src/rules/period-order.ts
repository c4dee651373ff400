import { certainlyAfter } from "./dates.js";
import { defineRule, type Finding } from "./rule.js";

export const periodOrderRule = defineRule({
  code: "period-order",
  severity: "error",
  description:
    "A period that ends before it starts: an impact's or a position's `to` certainly earlier than its `from`.",
  *check(corpus): Generator<Finding> {
    for (const incident of corpus.incidents)
      for (const [i, impact] of incident.impacts.entries())
        if (certainlyAfter(impact.from, impact.to))
          yield {
            recordKind: "incident",
            recordId: incident.id,
            path: ["impacts", i, "to"],
            message: `the impact ends on ${impact.to}, before it begins (${impact.from})`,
            hint: "swap or correct `from` and `to`; leave `to` out if the effect has not ended",
          };
    for (const actor of corpus.actors)
      for (const [i, position] of actor.positions.entries())
        if (certainlyAfter(position.from, position.to))
          yield {
            recordKind: "actor",
            recordId: actor.id,
            path: ["positions", i, "to"],
            message: `the term as ${position.title} ends on ${position.to}, before it begins (${position.from})`,
            hint: "swap or correct `from` and `to`; leave `to` out if the term has not ended",
          };
  },
});
