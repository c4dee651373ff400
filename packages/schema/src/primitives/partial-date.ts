import * as z from "zod";

/** How finely a date is known. */
export type DatePrecision = "year" | "month" | "day";

/** One end of a partial date, resolved to the calendar days it may cover. */
export interface PartialDatePoint {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: DatePrecision;
}

/** A parsed partial date: a single day, month or year, or a range, possibly approximate. */
export interface ParsedPartialDate {
  /** The text as written, e.g. `2017-05~` or `2017-05-10/2017-05-16`. */
  readonly text: string;
  readonly from: PartialDatePoint;
  readonly to: PartialDatePoint;
  readonly isRange: boolean;
  /** Written with `~` (approximately) or `%` (approximate and uncertain). */
  readonly approximate: boolean;
  /** Written with `?` (uncertain) or `%`. */
  readonly uncertain: boolean;
  /** Finest precision of either end. */
  readonly precision: DatePrecision;
  /** First calendar day the date may denote, `YYYY-MM-DD`. */
  readonly earliest: string;
  /** Last calendar day the date may denote, `YYYY-MM-DD`. */
  readonly latest: string;
}

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const QUALIFIER = /[~?%]$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function parsePoint(text: string): PartialDatePoint | undefined {
  const m = POINT.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: "year" };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month, precision: "month" };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: "day" };
}

function earliestOf(p: PartialDatePoint): string {
  return `${pad(p.year, 4)}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`;
}

function latestOf(p: PartialDatePoint): string {
  const month = p.month ?? 12;
  const day = p.day ?? daysInMonth(p.year, month);
  return `${pad(p.year, 4)}-${pad(month)}-${pad(day)}`;
}

const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/**
 * Parses a partial date in the subset of the Extended Date/Time Format (EDTF, ISO 8601-2)
 * that the dataset uses: `2017`, `2017-05`, `2017-05-16`, a qualifier `~` (approximate),
 * `?` (uncertain) or `%` (both), and closed ranges `2017-05-10/2017-05-16`.
 * Returns `undefined` for anything else.
 */
export function parsePartialDate(text: string): ParsedPartialDate | undefined {
  let body = text;
  let qualifier = "";
  const q = QUALIFIER.exec(body);
  if (q) {
    qualifier = q[0];
    body = body.slice(0, -1);
  }
  const parts = body.split("/");
  if (parts.length > 2) return undefined;
  const from = parsePoint(parts[0] ?? "");
  const to = parts.length === 2 ? parsePoint(parts[1] ?? "") : from;
  if (!from || !to) return undefined;
  const earliest = earliestOf(from);
  const latest = latestOf(to);
  if (parts.length === 2 && earliestOf(to) < earliest) return undefined;
  return {
    text,
    from,
    to,
    isRange: parts.length === 2,
    approximate: qualifier === "~" || qualifier === "%",
    uncertain: qualifier === "?" || qualifier === "%",
    precision: RANK[from.precision] >= RANK[to.precision] ? from.precision : to.precision,
    earliest,
    latest,
  };
}

/** Prints a parsed partial date back in its canonical text form. */
export function formatPartialDate(date: ParsedPartialDate): string {
  const point = (p: PartialDatePoint) =>
    [
      pad(p.year, 4),
      p.month === undefined ? undefined : pad(p.month),
      p.day === undefined ? undefined : pad(p.day),
    ]
      .filter((part) => part !== undefined)
      .join("-");
  const qualifier =
    date.approximate && date.uncertain ? "%" : date.approximate ? "~" : date.uncertain ? "?" : "";
  return `${point(date.from)}${date.isRange ? `/${point(date.to)}` : ""}${qualifier}`;
}

function parsedOrThrow(text: string): ParsedPartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed) throw new TypeError(`not a partial date: ${JSON.stringify(text)}`);
  return parsed;
}

/**
 * Orders partial dates across precisions: by the first day they may denote, then by the
 * last (so `2017` sorts before `2017-01-01`, which sorts before `2017-01-02`).
 */
export function comparePartialDates(a: string, b: string): number {
  const pa = parsedOrThrow(a);
  const pb = parsedOrThrow(b);
  if (pa.earliest !== pb.earliest) return pa.earliest < pb.earliest ? -1 : 1;
  if (pa.latest !== pb.latest) return pa.latest > pb.latest ? -1 : 1;
  return 0;
}

/**
 * True when `a` is certainly later than `b`: every day `a` may denote comes after every day
 * `b` may denote. Dates of different precision that overlap (`2017` and `2017-05-16`) are
 * never "certainly later" than each other.
 */
export function isCertainlyAfter(a: string, b: string): boolean {
  return parsedOrThrow(a).earliest > parsedOrThrow(b).latest;
}

const PARTIAL_DATE_PATTERN = "^\\d{4}(-\\d{2}(-\\d{2})?)?(/\\d{4}(-\\d{2}(-\\d{2})?)?)?[~?%]?$";

const JSON_POINT = "\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?";
/**
 * The shape of a partial date as the generated JSON Schema states it: months 01-12 and days
 * 01-31. What it cannot state is left to the model: a day its month lacks (2017-02-30), and a
 * range whose end comes before its start.
 */
export const PARTIAL_DATE_JSON_PATTERN = `^${JSON_POINT}(/${JSON_POINT})?[~?%]?$`;

/** The text form of a partial date; the JSON Schema generator narrows its pattern. */
export const PartialDateText = z
  .string()
  .regex(new RegExp(PARTIAL_DATE_PATTERN), {
    message:
      "expected a date like 2017, 2017-05 or 2017-05-16, optionally with ~ (approximate), ? (uncertain) or a range 2017-05-10/2017-05-16",
    abort: true,
  })
  .refine((text) => parsePartialDate(text) !== undefined, {
    message: "not a calendar date, or a range whose end comes before its start",
    params: { code: "invalid-date" },
  });

/**
 * A date known to a year, a month or a day; optionally approximate (`~`), uncertain (`?`)
 * or a closed range (`/`). A bare year may be written unquoted in YAML (`2017`).
 */
export const PartialDate = z
  .union([PartialDateText, z.int().min(1000).max(9999).transform(String)])
  .describe(
    "A partial date (EDTF subset): 2017, 2017-05 or 2017-05-16; suffix ~ approximate, ? uncertain, % both; a range as 2017-05-10/2017-05-16.",
  );
export type PartialDate = z.output<typeof PartialDate>;

/** A full calendar day, `YYYY-MM-DD`. */
export const CalendarDate = z.iso.date().describe("A calendar day, YYYY-MM-DD.");
export type CalendarDate = z.output<typeof CalendarDate>;
