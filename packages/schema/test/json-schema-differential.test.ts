/**
 * A differential test of the generated JSON Schemas against the models: records made from the
 * valid fixtures with one value replaced (by a generated value, valid or not), one key removed
 * or one key added, checked by zod (`parseRecord`) and by ajv on the JSON Schema, must get the
 * same verdict, except where the value falls in a class that a JSON Schema cannot express. Those
 * classes are named below with the test that recognises them, and are the list the README and
 * the schemas' `$comment` give.
 */
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  PARTIAL_DATE_JSON_PATTERN,
  parsePartialDate,
  parseRecord,
  RECORD_KINDS,
  type RecordKind,
} from "../src/index.js";
import { loadRecordFixtures } from "./support/record-fixtures.js";

type Path = readonly (string | number)[];

const ajv = new Ajv2020({ allErrors: true, strict: true });
ajvFormats.default(ajv);
const validators = Object.fromEntries(
  RECORD_KINDS.map((kind) => [
    kind,
    ajv.compile(
      JSON.parse(readFileSync(new URL(`../json-schema/${kind}.json`, import.meta.url), "utf8")),
    ),
  ]),
) as unknown as Record<RecordKind, (data: unknown) => boolean>;

// Each valid record both accept: the one the JSON Schema is stricter on is left out.
const valid = loadRecordFixtures().filter(
  (fixture) => fixture.valid && fixture.expected.jsonSchemaStricter === undefined,
);

/** Every path to a value in a JSON value, the root excluded. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [];
  const entries = Array.isArray(value)
    ? value.map((child, index) => [index, child] as const)
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...at, key], ...pathsOf(child, [...at, key])]);
}

function withValue(record: unknown, path: Path, value: unknown | typeof REMOVE): unknown {
  const copy = structuredClone(record) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (value !== REMOVE) parent[last] = value;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
  return copy;
}
const REMOVE = Symbol("remove");

const digits = (n: number) =>
  fc.integer({ min: 0, max: 10 ** n - 1 }).map((v) => String(v).padStart(n, "0"));
const dateText = fc
  .tuple(digits(4), fc.option(digits(2)), fc.option(digits(2)), fc.constantFrom("", "~", "?", "%"))
  .map(([y, m, d, q]) => `${y}${m === null ? "" : `-${m}${d === null ? "" : `-${d}`}`}${q}`);
const textValue = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(" ", "\t", "\n", "\u00a0", "x"), maxLength: 8 }),
  fc
    .constantFrom(300, 301, 600, 601, 5000, 5001)
    .chain((n) =>
      fc
        .tuple(fc.nat(3), fc.nat(3))
        .map(([before, after]) => `${" ".repeat(before)}${"x".repeat(n - 1)}y${" ".repeat(after)}`),
    ),
);
const urlValue = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    "https://localhost/report",
    "https://example/report",
    "http://example.org",
    "HTTPS://EXAMPLE.ORG/a",
    "https:/example.org/a",
    "https:\\\\example.org\\a",
    "https://example.org:8080/",
    "https://a@example.org/",
    "ftp://example.org/",
    "https://exa mple.org/",
    "https://example.org./",
    "https://1.2.3.4/",
    "https://-bad-.example.org/",
    "//example.org/",
  ),
);
const anyValue = fc.oneof(
  { weight: 3, arbitrary: textValue },
  { weight: 2, arbitrary: dateText },
  { weight: 2, arbitrary: urlValue },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9-]{1,12}$/) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 10_000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom(true, false, null, [], {}, ["x"]) },
);

/**
 * The checks a JSON Schema has no keyword for, each with what recognises a value it cannot
 * judge. A disagreement on such a value is expected; on any other, it is a bug in the schema.
 */
const INEXPRESSIBLE: readonly {
  readonly name: string;
  readonly applies: (value: unknown) => boolean;
}[] = [
  {
    name: "a day that its month does not have (2017-02-30), or a range that ends before it starts",
    applies: (value) =>
      typeof value === "string" &&
      new RegExp(PARTIAL_DATE_JSON_PATTERN).test(value) &&
      parsePartialDate(value) === undefined,
  },
  {
    name: "a language tag of well-formed subtags that BCP 47 still refuses (two regions)",
    applies: (value) =>
      typeof value === "string" &&
      /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value) &&
      !isLanguageTag(value),
  },
  {
    name: "a zero-width joiner or non-joiner, judged by the characters on either side of it",
    applies: (value) => typeof value === "string" && /[\u200c\u200d]/.test(value),
  },
  {
    name: "a URL the URL parser repairs or rewrites before zod sees its host (backslashes, missing slashes, a host in another script or percent-encoded), which JSON Schema's uri format refuses",
    applies: (value) =>
      typeof value === "string" &&
      /^[a-z][a-z0-9+.-]*:/i.test(value) &&
      (/\\/.test(value) ||
        !/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ||
        /^[^?#]*(?:\P{ASCII}|%)/u.test(value)),
  },
  {
    name: "a text whose length is over a limit only when characters outside the BMP (emoji) count as two, as zod counts them (UTF-16 code units); JSON Schema counts characters",
    applies: (value) => typeof value === "string" && /[\u{10000}-\u{10ffff}]/u.test(value),
  },
];
function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

const inexpressible = (value: unknown) => INEXPRESSIBLE.some((rule) => rule.applies(value));

/** A value like the one at a path most of the time (a date for a date), any value otherwise. */
function valueLike(original: unknown): fc.Arbitrary<unknown> {
  const like =
    typeof original === "number"
      ? fc.oneof(fc.integer({ min: -5, max: 10_000 }), dateText)
      : typeof original !== "string"
        ? anyValue
        : /^\d{4}/.test(original)
          ? dateText
          : /^https?:/.test(original)
            ? urlValue
            : /^[a-z0-9-]+$/.test(original)
              ? fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,12}$/), fc.string({ maxLength: 6 }))
              : textValue;
  return fc.oneof({ weight: 3, arbitrary: like }, { weight: 1, arbitrary: anyValue });
}

const valueAt = (record: unknown, path: Path): unknown =>
  path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], record);

describe("zod and the JSON Schema agree on records one edit away from a valid one", () => {
  test.each(valid.map((fixture) => [fixture.file, fixture] as const))("%s", (_, fixture) => {
    const paths = pathsOf(fixture.data);
    const edit = fc.oneof(
      fc
        .constantFrom(...paths)
        .chain((path) => valueLike(valueAt(fixture.data, path)).map((value) => ({ path, value }))),
      fc.record({ path: fc.constantFrom(...paths), value: fc.constant<typeof REMOVE>(REMOVE) }),
      fc.record({ path: fc.constantFrom(["unknownKey"], ["constructor"]), value: anyValue }),
    );
    fc.assert(
      fc.property(edit, ({ path, value }) => {
        fc.pre(!inexpressible(value));
        const record = withValue(fixture.data, path, value);
        const zod = parseRecord(fixture.kind, record);
        const json = validators[fixture.kind](record);
        expect(
          { json },
          `${fixture.name}: ${path.join(".")} = ${JSON.stringify(value === REMOVE ? "(removed)" : value)}; zod: ${zod.ok ? "valid" : zod.problems.map((p) => p.code).join(", ")}`,
        ).toEqual({ json: zod.ok });
      }),
      { numRuns: Number(process.env.LEAKS_PROPERTY_RUNS ?? 300) },
    );
  });
});
