import { type PartialDatePoint, parsePartialDate } from "@leaks/schema";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** A partial date ready to print, keeping the precision and doubt the record gives it. */
export interface DateView {
  /** As written in the record, e.g. `2017-05~`. */
  readonly text: string;
  /** For a reader: `c. May 2017`, `16 May 2017`, `10–16 May 2017 (uncertain)`. */
  readonly label: string;
  /** For `<time dateTime>`: the first point, at its own precision. */
  readonly machine: string;
  /** How finely it is known, spelled out for a tooltip or screen reader. */
  readonly precisionNote: string;
  readonly earliest: string;
  readonly latest: string;
  readonly year: number;
}

function monthName(month: number): string {
  return MONTHS[month - 1] ?? String(month);
}

function pointLabel(p: PartialDatePoint): string {
  if (p.month === undefined) return String(p.year);
  if (p.day === undefined) return `${monthName(p.month)} ${p.year}`;
  return `${p.day} ${monthName(p.month)} ${p.year}`;
}

function rangeLabel(from: PartialDatePoint, to: PartialDatePoint): string {
  const sameYear = from.year === to.year;
  if (sameYear && from.day !== undefined && to.day !== undefined && from.month === to.month) {
    return `${from.day}–${to.day} ${monthName(to.month ?? 1)} ${to.year}`;
  }
  if (sameYear && from.month !== undefined && to.month !== undefined) {
    const head =
      from.day === undefined ? monthName(from.month) : `${from.day} ${monthName(from.month)}`;
    return `${head} – ${pointLabel(to)}`;
  }
  return `${pointLabel(from)} – ${pointLabel(to)}`;
}

function machineOf(p: PartialDatePoint): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  if (p.month === undefined) return String(p.year).padStart(4, "0");
  if (p.day === undefined) return `${p.year}-${pad(p.month)}`;
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

const PRECISION_NOTE = {
  year: "known to the year",
  month: "known to the month",
  day: "known to the day",
};

/** Formats a validated partial date; `undefined` only for text the schema would refuse. */
export function dateView(text: string): DateView | undefined {
  const parsed = parsePartialDate(text);
  if (!parsed) return undefined;
  const body = parsed.isRange ? rangeLabel(parsed.from, parsed.to) : pointLabel(parsed.from);
  const label = `${parsed.approximate ? "c. " : ""}${body}${parsed.uncertain ? " (uncertain)" : ""}`;
  const notes = [
    parsed.isRange ? "a range" : PRECISION_NOTE[parsed.precision],
    parsed.approximate ? "approximate" : undefined,
    parsed.uncertain ? "uncertain" : undefined,
  ].filter((note) => note !== undefined);
  return {
    text,
    label,
    machine: machineOf(parsed.from),
    precisionNote: notes.join(", "),
    earliest: parsed.earliest,
    latest: parsed.latest,
    year: parsed.from.year,
  };
}

/** Formats a full calendar day (`YYYY-MM-DD`) the way the rest of the site does. */
export function dayLabel(day: string): string {
  return dateView(day)?.label ?? day;
}
