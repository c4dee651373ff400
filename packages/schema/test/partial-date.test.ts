import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  CalendarDate,
  comparePartialDates,
  formatPartialDate,
  isCertainlyAfter,
  PartialDate,
  parsePartialDate,
  parseRecord,
} from "../src/index.js";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A point known to a year, a month or a day, always a real calendar day. */
const point = fc
  .record({
    year: fc.integer({ min: 1000, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    precision: fc.constantFrom("year", "month", "day"),
    dayFraction: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  })
  .map(({ year, month, precision, dayFraction }) => {
    if (precision === "year") return pad(year, 4);
    if (precision === "month") return `${pad(year, 4)}-${pad(month)}`;
    const day = 1 + Math.floor(dayFraction * daysIn(year, month));
    return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  });

const qualifier = fc.constantFrom("", "~", "?", "%");
const firstDay = (text: string) => parsePartialDate(text)?.earliest ?? "";

/** Any date the dataset may write: a point or a range whose end does not start before it. */
const partialDate = fc.oneof(
  fc.tuple(point, qualifier).map(([p, q]) => `${p}${q}`),
  fc
    .tuple(point, point, qualifier)
    .map(([a, b, q]) => (firstDay(a) <= firstDay(b) ? `${a}/${b}${q}` : `${b}/${a}${q}`)),
);

const sign = (n: number) => (n > 0 ? 1 : n < 0 ? -1 : 0);

describe("parse and print", () => {
  test("every generated date parses and prints back identically", () => {
    fc.assert(
      fc.property(partialDate, (text) => {
        const parsed = parsePartialDate(text);
        expect(parsed).toBeDefined();
        if (parsed === undefined) return;
        expect(parsed.text).toBe(text);
        expect(formatPartialDate(parsed)).toBe(text);
        expect(PartialDate.parse(text)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  test("any text over the date alphabet that parses prints back identically", () => {
    const text = fc.string({ unit: fc.constantFrom(..."0123456789-/~?%"), maxLength: 24 });
    fc.assert(
      fc.property(text, (candidate) => {
        const parsed = parsePartialDate(candidate);
        if (parsed !== undefined) expect(formatPartialDate(parsed)).toBe(candidate);
        expect(PartialDate.safeParse(candidate).success).toBe(parsed !== undefined);
      }),
      { numRuns: 2000 },
    );
  });

  test("earliest and latest are real calendar days, earliest first", () => {
    fc.assert(
      fc.property(partialDate, (text) => {
        const parsed = parsePartialDate(text);
        if (parsed === undefined) throw new Error(`${text} does not parse`);
        expect(CalendarDate.safeParse(parsed.earliest).success).toBe(true);
        expect(CalendarDate.safeParse(parsed.latest).success).toBe(true);
        expect(parsed.earliest <= parsed.latest).toBe(true);
        expect(parsed.earliest.startsWith(text.slice(0, 4))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  test("a year may be written as a number, and comes back as text", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), (year) => {
        expect(PartialDate.parse(year)).toBe(String(year));
      }),
    );
    expect(PartialDate.safeParse(999).success).toBe(false);
    expect(PartialDate.safeParse(2017.5).success).toBe(false);
  });

  test("qualifiers and precision are read as written", () => {
    expect(parsePartialDate("2017-05-16")).toMatchObject({
      precision: "day",
      approximate: false,
      uncertain: false,
      isRange: false,
    });
    expect(parsePartialDate("2017~")).toMatchObject({ precision: "year", approximate: true });
    expect(parsePartialDate("2017-05?")).toMatchObject({ precision: "month", uncertain: true });
    expect(parsePartialDate("2017%")).toMatchObject({ approximate: true, uncertain: true });
    expect(parsePartialDate("2017/2017-05-16")).toMatchObject({
      precision: "day",
      isRange: true,
      earliest: "2017-01-01",
      latest: "2017-05-16",
    });
  });
});

describe("invalid calendar dates are rejected", () => {
  test("a day past the end of its month", () => {
    const impossible = fc
      .record({
        year: fc.integer({ min: 1000, max: 9999 }),
        month: fc.integer({ min: 1, max: 12 }),
      })
      .chain(({ year, month }) =>
        fc
          .integer({ min: daysIn(year, month) + 1, max: 99 })
          .map((day) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`),
      );
    fc.assert(
      fc.property(impossible, qualifier, (text, q) => {
        expect(parsePartialDate(`${text}${q}`)).toBeUndefined();
        expect(PartialDate.safeParse(`${text}${q}`).success).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  test("month 00 or above 12, day 00", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 })),
        (year, month) => {
          expect(parsePartialDate(`${year}-${pad(month)}`)).toBeUndefined();
          expect(parsePartialDate(`${year}-${pad(month)}-01`)).toBeUndefined();
        },
      ),
    );
    expect(parsePartialDate("2017-05-00")).toBeUndefined();
  });

  test("February 29th only in leap years, by the Gregorian rule", () => {
    expect(parsePartialDate("2016-02-29")).toBeDefined();
    expect(parsePartialDate("2000-02-29")).toBeDefined();
    expect(parsePartialDate("2017-02-29")).toBeUndefined();
    expect(parsePartialDate("1900-02-29")).toBeUndefined();
    expect(parsePartialDate("2017-02")?.latest).toBe("2017-02-28");
    expect(parsePartialDate("2016-02")?.latest).toBe("2016-02-29");
  });

  test("a range that ends before it starts", () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        fc.pre(firstDay(a) !== firstDay(b));
        const [early, late] = firstDay(a) < firstDay(b) ? [a, b] : [b, a];
        expect(parsePartialDate(`${late}/${early}`)).toBeUndefined();
        expect(parsePartialDate(`${early}/${late}`)).toBeDefined();
      }),
      { numRuns: 500 },
    );
  });

  test("shapes outside the subset", () => {
    for (const text of ["17", "2017-5", "2017-05-1", "2017/", "/2017", "2017~?", "2017/2018/2019"])
      expect(parsePartialDate(text), text).toBeUndefined();
  });

  test("a record with one says where and why", () => {
    const claim = {
      id: "example-claim",
      incidents: ["example-incident"],
      statement: "An example statement.",
      claimant: { kind: "source-author", source: "example-report" },
      nature: "reported-fact",
      standing: "reported",
      credibility: { grade: 3, gradedBy: "editors", gradedOn: "2024-01-02", rationale: "x" },
      appearances: [{ source: "example-report", quote: "An example quote." }],
      concerns: "2017-02-30",
    };
    const [problem, ...rest] = parseRecord("claim", claim).problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: "invalid-date", path: ["concerns"] });
  });
});

describe("ordering", () => {
  test("comparing is a total preorder: reflexive, antisymmetric in sign, transitive", () => {
    fc.assert(
      fc.property(partialDate, partialDate, partialDate, (a, b, c) => {
        expect(comparePartialDates(a, a)).toBe(0);
        // === rather than toBe: for equal dates the signs are 0 and -0, which Object.is tells apart.
        expect(sign(comparePartialDates(a, b)) === -sign(comparePartialDates(b, a))).toBe(true);
        if (comparePartialDates(a, b) <= 0 && comparePartialDates(b, c) <= 0)
          expect(comparePartialDates(a, c)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 1000 },
    );
  });

  test("it orders by the first day, then the wider date first, and ties only equal spans", () => {
    fc.assert(
      fc.property(partialDate, partialDate, (a, b) => {
        const pa = parsePartialDate(a);
        const pb = parsePartialDate(b);
        if (pa === undefined || pb === undefined) throw new Error("generated dates parse");
        const order = comparePartialDates(a, b);
        if (pa.earliest !== pb.earliest) expect(order < 0).toBe(pa.earliest < pb.earliest);
        else if (pa.latest !== pb.latest) expect(order < 0).toBe(pa.latest > pb.latest);
        else expect(order).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });

  test("sorting puts the first days in order", () => {
    fc.assert(
      fc.property(fc.array(partialDate, { maxLength: 30 }), (dates) => {
        const firsts = [...dates].sort(comparePartialDates).map(firstDay);
        expect(firsts).toEqual([...firsts].sort());
      }),
    );
    expect(["2017-05-16", "2017-05", "2018", "2017"].sort(comparePartialDates)).toEqual([
      "2017",
      "2017-05",
      "2017-05-16",
      "2018",
    ]);
  });

  test("certainly after: every day of one comes after every day of the other", () => {
    fc.assert(
      fc.property(partialDate, partialDate, (a, b) => {
        const after = isCertainlyAfter(a, b);
        const pa = parsePartialDate(a);
        const pb = parsePartialDate(b);
        expect(after).toBe((pa?.earliest ?? "") > (pb?.latest ?? ""));
        if (after) {
          expect(comparePartialDates(a, b)).toBe(1);
          expect(isCertainlyAfter(b, a)).toBe(false);
        }
        expect(isCertainlyAfter(a, a)).toBe(false);
      }),
      { numRuns: 1000 },
    );
    expect(isCertainlyAfter("2017-05-16", "2017")).toBe(false);
    expect(isCertainlyAfter("2018-01-01", "2017")).toBe(true);
  });

  test("comparing text that is not a date throws rather than guessing", () => {
    expect(() => comparePartialDates("2017-02-30", "2017")).toThrow(/not a partial date/);
    expect(() => isCertainlyAfter("2017", "May 2017")).toThrow(/not a partial date/);
  });
});
