import type { RecordKind } from "@leaks/schema";
import { confusableGroups } from "../check/confusable-ids.js";
import { defineCheck, type Pending, problemOf } from "./define.js";

export const confusableId = defineCheck({
  code: "confusable-id",
  scope: "corpus",
  description:
    "Two ids of one kind that differ only by case or by look-alike characters (0/o, 1/l, rn/m, vv/w, Cyrillic or Greek letters).",
  fixture: "confusable-id",
});

/** Ids of one kind that differ only by case or look-alike characters, in path order. */
export function confusablePending(
  records: readonly { readonly kind: RecordKind; readonly id: string; readonly rel: string }[],
): Pending[] {
  const pending: Pending[] = [];
  for (const kind of ["incident", "claim", "actor", "source"] as const) {
    const ofKind = records.filter((r) => r.kind === kind);
    for (const group of confusableGroups(ofKind.map((r) => r.id))) {
      const [first, ...others] = group as [string, ...string[]];
      for (const other of others)
        for (const record of ofKind.filter((r) => r.id === other)) {
          const caseOnly = other.toLowerCase() === first.toLowerCase();
          pending.push({
            rel: record.rel,
            problem: problemOf(
              confusableId,
              caseOnly
                ? `the id "${other}" differs only by case from the ${kind} "${first}"`
                : `the id "${other}" looks like the ${kind} id "${first}"`,
              `choose an id that cannot be mistaken for "${first}", or merge the two ${kind}s`,
              ["id"],
              { kind, id: other },
            ),
            locate: { path: ["id"], key: false },
          });
        }
    }
  }
  return pending;
}
