import { RECORD_KINDS, RECORD_SCHEMAS } from "@leaks/schema";
import fc from "fast-check";
import { CORE_SCHEMA, load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { Lexer } from "yaml";
import { formatYaml } from "../../src/format/format-yaml.js";
import {
  arrayElement,
  objectFields,
  objectSchemaFor,
  type SchemaNode,
} from "../../src/format/schema-walk.js";
import { recordFor, writtenRecord } from "./record-arbitraries.js";

/** The comments of a text, as the YAML lexer sees them (never a `#` inside a scalar). */
function comments(text: string): string[] {
  return [...new Lexer().lex(text)]
    .filter((token) => token.startsWith("#"))
    .map((token) => token.trimEnd())
    .sort();
}

/** Parsed as the loader parses: js-yaml with the core schema. */
function data(text: string): unknown {
  return load(text, { schema: CORE_SCHEMA });
}

function expectModelOrder(value: unknown, schema: SchemaNode | undefined): void {
  if (Array.isArray(value)) {
    const element = schema === undefined ? undefined : arrayElement(schema);
    for (const item of value) expectModelOrder(item, element);
    return;
  }
  if (value === null || typeof value !== "object") return;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  const object =
    schema === undefined ? undefined : objectSchemaFor(schema, keys, (key) => record[key]);
  const fields = object === undefined ? [] : (objectFields(object) ?? []);
  const names = fields.map(([name]) => name);
  const rank = (key: string) => (names.includes(key) ? names.indexOf(key) : names.length);
  expect(keys).toEqual([...keys].sort((a, b) => rank(a) - rank(b)));
  for (const key of keys) expectModelOrder(record[key], fields.find(([name]) => name === key)?.[1]);
}

describe.each(RECORD_KINDS)("fmt round trip of a %s", (kind) => {
  const schema = RECORD_SCHEMAS[kind] as unknown as SchemaNode;
  const written = writtenRecord(recordFor(kind));

  it("is idempotent", () => {
    fc.assert(
      fc.property(written, (text) => {
        const once = formatYaml(text, schema);
        expect(once.ok).toBe(true);
        if (!once.ok) return;
        const twice = formatYaml(once.text, schema);
        expect(twice).toEqual({ ok: true, text: once.text, changed: false });
      }),
    );
  });

  it("changes no data", () => {
    fc.assert(
      fc.property(written, (text) => {
        const formatted = formatYaml(text, schema);
        if (!formatted.ok) throw new Error(formatted.errors[0]?.message);
        expect(data(formatted.text)).toEqual(data(text));
      }),
    );
  });

  it("keeps every comment", () => {
    fc.assert(
      fc.property(written, (text) => {
        const formatted = formatYaml(text, schema);
        if (!formatted.ok) throw new Error(formatted.errors[0]?.message);
        expect(comments(formatted.text)).toEqual(comments(text));
      }),
    );
  });

  it("puts every mapping's keys in the model's order, unknown keys last", () => {
    fc.assert(
      fc.property(written, (text) => {
        const formatted = formatYaml(text, schema);
        if (!formatted.ok) throw new Error(formatted.errors[0]?.message);
        expectModelOrder(data(formatted.text), schema);
      }),
    );
  });

  it("leaves no trailing space outside block scalars, and ends with one newline", () => {
    fc.assert(
      fc.property(written, (text) => {
        const formatted = formatYaml(text, schema);
        if (!formatted.ok) throw new Error(formatted.errors[0]?.message);
        expect(formatted.text.endsWith("\n")).toBe(true);
        expect(formatted.text.endsWith("\n\n")).toBe(false);
        for (const token of new Lexer().lex(formatted.text)) {
          if (token.startsWith("#")) expect(token).toBe(token.trimEnd());
        }
      }),
    );
  });
});
