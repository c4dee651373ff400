import type { RecordKind } from "../problems/problem.js";
import { recordsOf } from "./corpus-index.js";
import { defineRule, type Finding } from "./rule.js";

export const duplicateIdRule = defineRule({
  code: "duplicate-id",
  severity: "error",
  description:
    "Two records of the same kind share an id, or ids that differ only in letter case: an id names one record, and is its file name.",
  *check(corpus): Generator<Finding> {
    const first: Record<RecordKind, Map<string, string>> = {
      incident: new Map(),
      claim: new Map(),
      actor: new Map(),
      source: new Map(),
    };
    for (const { kind, record } of recordsOf(corpus)) {
      // File systems that ignore case would give both records one file.
      const key = record.id.toLowerCase();
      const existing = first[kind].get(key);
      if (existing === undefined) {
        first[kind].set(key, record.id);
        continue;
      }
      yield {
        recordKind: kind,
        recordId: record.id,
        path: ["id"],
        message:
          existing === record.id
            ? `another ${kind} already has the id "${record.id}"`
            : `the id "${record.id}" differs only in case from the ${kind} "${existing}"`,
        hint: `give this ${kind} a new id of its own, or merge it into the ${kind} "${existing}"`,
      };
    }
  },
});
