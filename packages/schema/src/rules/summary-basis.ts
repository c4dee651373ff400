import type { Incident } from "../models/incident.js";
import { defineRule, type Finding } from "./rule.js";

/** One sentence of a summary as a reader gets it, with the claims it rests on. */
export interface SummaryPart {
  readonly text: string;
  readonly claims: readonly string[];
}

/**
 * The paragraphs of a text as they are shown: split at its line breaks, each with its runs of
 * spaces made one. In the YAML a record is written in, a folded block (`>-`) turns the line
 * breaks of a paragraph into spaces, so a line break that is left was written as one: a blank
 * line between paragraphs.
 */
export function textParagraphs(text: string): string[] {
  return text
    .split(/\s*\n\s*/)
    .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
    .filter((paragraph) => paragraph !== "");
}

/** Where the sentences of a summary basis stop matching the summary. */
export interface SummaryMismatch {
  /** The entry that does not continue the summary; `undefined` when the entries end too soon. */
  readonly index: number | undefined;
  /** What the summary says at that point. */
  readonly expected: string;
}

function excerpt(text: string): string {
  const words = text.split(" ");
  return words.length <= 12 ? text : `${words.slice(0, 12).join(" ")}…`;
}

/**
 * The summary of an incident, paragraph by paragraph, each paragraph as its sentences with the
 * claims they rest on. Without a basis, each paragraph is one part resting on no claim. With a
 * basis that does not make up the summary exactly, where it stops matching.
 */
export function summaryParts(
  incident: Pick<Incident, "summary" | "summaryBasis">,
): SummaryPart[][] | SummaryMismatch {
  const paragraphs = textParagraphs(incident.summary);
  if (incident.summaryBasis.length === 0) return paragraphs.map((text) => [{ text, claims: [] }]);
  const result: SummaryPart[][] = [];
  let entry = 0;
  for (const paragraph of paragraphs) {
    const parts: SummaryPart[] = [];
    let at = 0;
    while (at < paragraph.length) {
      const rest = paragraph.slice(at);
      const basis = incident.summaryBasis[entry];
      if (basis === undefined) return { index: undefined, expected: excerpt(rest) };
      const sentence = basis.sentence.replace(/\s+/g, " ");
      if (
        !rest.startsWith(sentence) ||
        (rest.length > sentence.length && rest[sentence.length] !== " ")
      )
        return { index: entry, expected: excerpt(rest) };
      parts.push({ text: sentence, claims: basis.claims });
      at += sentence.length + 1;
      entry += 1;
    }
    result.push(parts);
  }
  if (entry < incident.summaryBasis.length)
    return { index: entry, expected: "nothing: the summary has ended" };
  return result;
}

export const summaryBasisMismatchRule = defineRule({
  code: "summary-basis-mismatch",
  severity: "error",
  description:
    "An incident's `summaryBasis` that does not make up its summary: each entry must be the next sentence of the summary, copied exactly, within one paragraph, and every sentence must have its entry.",
  *check(corpus): Generator<Finding> {
    for (const incident of corpus.incidents) {
      if (incident.summaryBasis.length === 0) continue;
      const parts = summaryParts(incident);
      if (Array.isArray(parts)) continue;
      if (parts.index === undefined) {
        yield {
          recordKind: "incident",
          recordId: incident.id,
          path: ["summaryBasis"],
          message: `the summary goes on after the last sentence listed: "${parts.expected}" has no entry`,
          hint: "add an entry, with the claims it rests on, for each remaining sentence of the summary",
        };
        continue;
      }
      yield {
        recordKind: "incident",
        recordId: incident.id,
        path: ["summaryBasis", parts.index, "sentence"],
        message: `this is not the next sentence of the summary, which reads "${parts.expected}" here`,
        hint: "copy each sentence exactly from the summary, in order, one entry a sentence, none across a paragraph break; after editing the summary, edit its basis too",
      };
    }
  },
});
