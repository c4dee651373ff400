import type { DateBasis } from "../models/date-basis.js";
import type { ParsedPartialDate } from "../primitives/partial-date.js";
import type { PathSegment, RecordKind } from "../problems/problem.js";
import type { Corpus } from "../records.js";
import { INCIDENT_DATE_FIELDS } from "./references.js";

/** A date of the corpus that is inferred, with where its basis is written. */
export interface InferredDate {
  readonly recordKind: RecordKind;
  readonly recordId: string;
  /** The date as written, if any. */
  readonly date: string | undefined;
  /** Where the date is written. */
  readonly datePath: readonly PathSegment[];
  readonly basis: DateBasis;
  /** Where the basis is written. */
  readonly basisPath: readonly PathSegment[];
}

/** Every inferred date of a corpus: incident dates, timeline entries, claims and sources. */
export function* inferredDates(corpus: Corpus): Generator<InferredDate> {
  for (const incident of corpus.incidents) {
    const base = { recordKind: "incident", recordId: incident.id } as const;
    for (const field of INCIDENT_DATE_FIELDS) {
      const fact = incident.dates[field];
      if (fact?.inferred !== undefined)
        yield {
          ...base,
          date: fact.date,
          datePath: ["dates", field, "date"],
          basis: fact.inferred,
          basisPath: ["dates", field, "inferred"],
        };
    }
    for (const [i, entry] of incident.timeline.entries())
      if (entry.inferred !== undefined)
        yield {
          ...base,
          date: entry.date,
          datePath: ["timeline", i, "date"],
          basis: entry.inferred,
          basisPath: ["timeline", i, "inferred"],
        };
  }
  for (const claim of corpus.claims)
    if (claim.concernsInferred !== undefined)
      yield {
        recordKind: "claim",
        recordId: claim.id,
        date: claim.concerns,
        datePath: ["concerns"],
        basis: claim.concernsInferred,
        basisPath: ["concernsInferred"],
      };
  for (const source of corpus.sources)
    if (source.publishedInferred !== undefined)
      yield {
        recordKind: "source",
        recordId: source.id,
        date: source.published,
        datePath: ["published"],
        basis: source.publishedInferred,
        basisPath: ["publishedInferred"],
      };
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

const DAY_MS = 86_400_000;
const capital = (word: string | undefined) =>
  word === undefined ? "" : word.charAt(0).toUpperCase() + word.slice(1);
const toDays = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const weekdayOf = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const isSingleDay = (d: ParsedPartialDate) => !d.isRange && d.precision === "day";

/** What an expression allows, read against its anchor's date, as a reason it fails, if it does. */
export function expressionMismatch(
  expression: string,
  date: ParsedPartialDate,
  anchor: ParsedPartialDate,
): string | undefined {
  const text = expression.toLowerCase();
  const weekday = WEEKDAYS.findIndex((d) => new RegExp(`\\b${d}\\b`).test(text));
  const relative =
    /\b(yesterday|today|tonight|this morning|this afternoon|this evening|tomorrow)\b/.exec(
      text,
    )?.[1];
  if (weekday >= 0 || relative !== undefined) {
    if (!isSingleDay(anchor))
      return `"${expression}" fixes a day only against a source dated to the day, and the anchor is dated ${anchor.text}: give the date as a range or with ~`;
    if (!isSingleDay(date)) return `"${expression}" names one day: give it as YYYY-MM-DD`;
    const offset = toDays(date.earliest) - toDays(anchor.earliest);
    if (relative !== undefined) {
      const expected = relative === "yesterday" ? -1 : relative === "tomorrow" ? 1 : 0;
      return offset === expected
        ? undefined
        : `"${expression}" read against ${anchor.text} is ${new Date((toDays(anchor.earliest) + expected) * DAY_MS).toISOString().slice(0, 10)}, not ${date.text}`;
    }
    if (weekdayOf(date.earliest) !== weekday)
      return `${date.text} is a ${capital(WEEKDAYS[weekdayOf(date.earliest)])}, not a ${capital(WEEKDAYS[weekday])}`;
    const before = /\blast\b/.test(text);
    const after = /\bnext\b/.test(text);
    const inRange = before
      ? offset < 0 && offset >= -13
      : after
        ? offset > 0 && offset <= 13
        : offset >= -6 && offset <= 6;
    return inRange
      ? undefined
      : `"${expression}" read against ${anchor.text} cannot be ${date.text}, ${Math.abs(offset)} days ${offset < 0 ? "before" : "after"} it`;
  }
  if (/\b(last|this|next) (week|month)\b|\bweeks? ago\b|\brecently\b|\bearlier\b/.test(text)) {
    if (isSingleDay(date))
      return `"${expression}" does not fix a day: give a range (YYYY-MM-DD/YYYY-MM-DD) or an approximate date (YYYY-MM-DD~)`;
    return date.earliest > anchor.latest && !/\bnext\b/.test(text)
      ? `"${expression}" is before ${anchor.text}, and ${date.text} is after it`
      : undefined;
  }
  const monthFirst = new RegExp(`\\b(${MONTHS.join("|")}) (\\d{1,2})\\b`).exec(text);
  const dayFirst = new RegExp(`\\b(\\d{1,2}) (${MONTHS.join("|")})\\b`).exec(text);
  const [monthName, dayText] = monthFirst
    ? [monthFirst[1], monthFirst[2]]
    : dayFirst
      ? [dayFirst[2], dayFirst[1]]
      : [undefined, undefined];
  if (monthName !== undefined && dayText !== undefined) {
    const month = MONTHS.indexOf(monthName) + 1;
    const day = Number(dayText);
    if (!isSingleDay(date)) return `"${expression}" names one day: give it as YYYY-MM-DD`;
    const [, m, d] = date.earliest.split("-").map(Number);
    if (m !== month || d !== day)
      return `"${expression}" is ${capital(MONTHS[month - 1])} ${day}, and ${date.text} is not`;
    const year = date.from.year;
    if (year !== anchor.from.year && year !== anchor.from.year - 1)
      return `"${expression}" in a source dated ${anchor.text} is in ${anchor.from.year} (or the year before), not ${year}`;
  }
  return undefined;
}
