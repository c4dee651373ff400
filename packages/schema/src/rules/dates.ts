import { type ParsedPartialDate, parsePartialDate } from "../primitives/partial-date.js";

// A corpus repeats few distinct dates many times: parse each once. Bounded so that a
// long-lived process checking many corpora does not keep every date it ever saw.
const parsed = new Map<string, ParsedPartialDate | undefined>();
const PARSED_LIMIT = 50_000;

export function parseDate(text: string): ParsedPartialDate | undefined {
  if (parsed.has(text)) return parsed.get(text);
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  const date = parsePartialDate(text);
  parsed.set(text, date);
  return date;
}

/**
 * True when `a` is certainly later than `b` (as `isCertainlyAfter`), and false where either
 * is missing or malformed: a malformed date is the schema's to report, and a corpus rule
 * must not crash on it.
 */
export function certainlyAfter(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const later = parseDate(a);
  const earlier = parseDate(b);
  return later !== undefined && earlier !== undefined && later.earliest > earlier.latest;
}
