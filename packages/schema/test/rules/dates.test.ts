import { isCertainlyAfter } from "@leaks/schema";
import fc from "fast-check";
import { expect, test } from "vitest";
import { certainlyAfter } from "../../src/rules/dates.js";

const point = fc
  .tuple(
    fc.integer({ min: 2015, max: 2025 }),
    fc.option(fc.integer({ min: 1, max: 12 })),
    fc.option(fc.integer({ min: 1, max: 28 })),
  )
  .map(([year, month, day]) =>
    [
      String(year),
      month === null ? undefined : String(month).padStart(2, "0"),
      month === null || day === null ? undefined : String(day).padStart(2, "0"),
    ]
      .filter((part) => part !== undefined)
      .join("-"),
  );
const partialDate = fc
  .tuple(point, fc.option(point), fc.constantFrom("", "~", "?", "%"))
  .map(([from, to, qualifier]) => (to === null || to < from ? from : `${from}/${to}`) + qualifier);

test("the rules' date order is isCertainlyAfter's, parsed once per date", () => {
  fc.assert(
    fc.property(partialDate, partialDate, (a, b) => {
      expect(certainlyAfter(a, b)).toBe(isCertainlyAfter(a, b));
    }),
  );
});

test("a missing or malformed date is never out of order: the schema reports it", () => {
  expect(certainlyAfter(undefined, "2017")).toBe(false);
  expect(certainlyAfter("2017-13", "2016")).toBe(false);
  expect(certainlyAfter("2018", "2017")).toBe(true);
});
