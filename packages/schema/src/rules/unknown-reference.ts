import { withArticle } from "../problems/article.js";
import type { RecordKind } from "../problems/problem.js";
import { didYouMean } from "../problems/suggest.js";
import { indexCorpus, recordsOf } from "./corpus-index.js";
import { everyReference, type ReferenceTest, referencesOf } from "./references.js";
import { defineRule, type Finding } from "./rule.js";

/** Suggests near ids, comparing only ids of a similar length so a large corpus stays fast. */
function suggester(ids: Iterable<string>): (word: string) => string | undefined {
  const byLength = new Map<number, string[]>();
  for (const id of ids) {
    const bucket = byLength.get(id.length);
    if (bucket === undefined) byLength.set(id.length, [id]);
    else bucket.push(id);
  }
  const memo = new Map<string, string | undefined>();
  return (word) => {
    if (memo.has(word)) return memo.get(word);
    // The same tolerance as didYouMean: ids further apart in length cannot qualify.
    const limit = Math.max(2, Math.floor(word.length / 3));
    const candidates: string[] = [];
    for (let length = word.length - limit; length <= word.length + limit; length++)
      candidates.push(...(byLength.get(length) ?? []));
    const suggestion = didYouMean(word, candidates);
    memo.set(word, suggestion);
    return suggestion;
  };
}

export const unknownReferenceRule = defineRule({
  code: "unknown-reference",
  severity: "error",
  description:
    "An id that names no record of the expected kind (an incident, claim, actor or source); the message suggests the nearest existing id. The id of a record that fails its schema still resolves.",
  *check(corpus, context): Generator<Finding> {
    const index = indexCorpus(corpus);
    const invalid = context.invalidIds ?? {};
    const suggest: Partial<Record<RecordKind, (word: string) => string | undefined>> = {};
    const known: ReferenceTest = (target, id) =>
      index[target].has(id) || invalid[target]?.has(id) === true;
    for (const entry of recordsOf(corpus)) {
      // Most records name only known ids: paths are built only for a record that does not.
      if (everyReference(entry, known)) continue;
      for (const reference of referencesOf(entry)) {
        if (known(reference.target, reference.id)) continue;
        suggest[reference.target] ??= suggester([
          ...index[reference.target].keys(),
          ...(invalid[reference.target] ?? []),
        ]);
        const suggestion = suggest[reference.target]?.(reference.id);
        const addIt = `add ${withArticle(reference.target)} with the id "${reference.id}"`;
        yield {
          recordKind: entry.kind,
          recordId: entry.record.id,
          path: reference.path,
          message: `no ${reference.target} "${reference.id}"${
            suggestion === undefined ? "" : ` (did you mean "${suggestion}"?)`
          }`,
          hint:
            suggestion === undefined
              ? `${addIt}, or correct the id`
              : `replace "${reference.id}" with "${suggestion}", or ${addIt}`,
        };
      }
    }
  },
});
