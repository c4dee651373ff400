import { type RecordEntry, recordsOf } from "./corpus-index.js";
import { everyReference, type ReferenceTest, referencesOf } from "./references.js";
import { defineRule, type Finding } from "./rule.js";

export const selfReferenceRule = defineRule({
  code: "self-reference",
  severity: "error",
  description:
    "A record that names itself: a claim related to itself, a source citing itself, an actor member or affiliate of itself, an incident related to itself.",
  *check(corpus): Generator<Finding> {
    let self: RecordEntry | undefined;
    const other: ReferenceTest = (target, id) => target !== self?.kind || id !== self.record.id;
    for (const entry of recordsOf(corpus)) {
      self = entry;
      // Paths are built only for the rare record that names itself.
      if (everyReference(entry, other)) continue;
      for (const reference of referencesOf(entry))
        if (reference.target === entry.kind && reference.id === entry.record.id)
          yield {
            recordKind: entry.kind,
            recordId: entry.record.id,
            path: reference.path,
            message: `the ${entry.kind} "${reference.id}" refers to itself`,
            hint: `remove this entry, or name the other ${entry.kind} that was meant`,
          };
    }
  },
});
