import { RECORD_SCHEMAS, type RecordKind } from "@leaks/schema";
import fc from "fast-check";
import { Document, isMap, parseDocument, Scalar, visit } from "yaml";
import {
  arrayElement,
  isOmittable,
  literalValues,
  objectFields,
  type SchemaNode,
  typeName,
  unionOptions,
} from "../../src/format/schema-walk.js";

/** Text that is hard to print: YAML indicators, quotes, look-alike numbers, blanks, Unicode. */
const trickyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    "2017-05-16",
    "2017",
    "true",
    "null",
    "~",
    "0x1F",
    "1e3",
    "- not a list",
    "key: value",
    "# not a comment",
    "a # b",
    '"quoted"',
    "it's",
    "[flow]",
    "{flow}",
    "&anchor *alias !tag",
    "| > % @ `",
    " leading and trailing ",
    "line one\nline two",
    "para one\n\npara two\n",
    "  indented first line\nthen not",
    "trailing newlines\n\n",
    "Dermer told The New York Times: “We have full confidence”",
    "Сергей Лавров ’ — é ✓ 😀",
  ),
  fc
    .array(fc.constantFrom("word", "a", "longer-word", ":", "#", "'", '"', "-", " ", "\n", "é"), {
      maxLength: 60,
    })
    .map((parts) => parts.join(" ")),
);

/** A valid-shaped value for a schema: the right structure, free text anywhere text goes. */
export function valueFor(schema: SchemaNode, depth = 0): fc.Arbitrary<unknown> {
  const fields = objectFields(schema);
  if (fields !== undefined) {
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [name, field] of fields) model[name] = valueFor(field, depth + 1);
    const requiredKeys = fields.filter(([, field]) => !isOmittable(field)).map(([name]) => name);
    // Now and then a key the model does not know, as a misspelling would be.
    return fc
      .tuple(fc.record(model, { requiredKeys }), fc.option(fc.constantFrom("sorces", "zz-note")))
      .map(([record, unknown]) => (unknown === null ? record : { ...record, [unknown]: "x" }));
  }
  const union = unionOptions(schema);
  if (union !== undefined) return fc.oneof(...union.options.map((o) => valueFor(o, depth + 1)));
  const element = arrayElement(schema);
  if (element !== undefined) return fc.array(valueFor(element, depth + 1), { maxLength: 3 });
  const values = literalValues(schema);
  if (values !== undefined && values.length > 0) return fc.constantFrom(...values);
  switch (typeName(schema)) {
    case "number":
    case "int":
      return fc.integer({ min: -5, max: 3000 });
    case "boolean":
      return fc.boolean();
    default:
      return trickyText;
  }
}

export function recordFor(kind: RecordKind): fc.Arbitrary<unknown> {
  return valueFor(RECORD_SCHEMAS[kind] as unknown as SchemaNode);
}

const STRING_STYLES = [
  Scalar.PLAIN,
  Scalar.QUOTE_DOUBLE,
  Scalar.QUOTE_SINGLE,
  Scalar.BLOCK_FOLDED,
  Scalar.BLOCK_LITERAL,
] as const;

const KEY_STYLES = [Scalar.PLAIN, Scalar.PLAIN, Scalar.QUOTE_DOUBLE, Scalar.QUOTE_SINGLE] as const;

const commentText = fc
  .array(fc.constantFrom("note", "TODO", "why:", "#", "é", "'", '"', "-", "  "), { maxLength: 6 })
  .map((parts) => ` ${parts.join(" ")}`.trimEnd());

/** How a person might have written a record: the choices that the formatter must not mind. */
export interface Writing {
  readonly choices: readonly number[];
  readonly comments: readonly string[];
  readonly indent: 2 | 4;
  readonly indentSeq: boolean;
  readonly lineWidth: number;
  readonly modeline: "none" | "tight" | "spaced";
}

export const writing: fc.Arbitrary<Writing> = fc.record({
  choices: fc.array(fc.nat(1000), { minLength: 1, maxLength: 80 }),
  comments: fc.array(commentText, { minLength: 1, maxLength: 8 }),
  indent: fc.constantFrom(2 as const, 4 as const),
  indentSeq: fc.boolean(),
  lineWidth: fc.integer({ min: 20, max: 120 }),
  modeline: fc.constantFrom("none" as const, "tight" as const, "spaced" as const),
});

/** Writes data as YAML text with random key order, quoting, flow style, comments and widths. */
export function writeYaml(data: unknown, how: Writing): string {
  let next = 0;
  const pick = (n: number) => (how.choices[next++ % how.choices.length] ?? 0) % n;
  const pickOf = <T>(options: readonly [T, ...T[]]): T =>
    options[pick(options.length)] ?? options[0];
  const comment = () => how.comments[next++ % how.comments.length] ?? " note";
  const doc = new Document(data);
  visit(doc, {
    Map(_, map) {
      for (let i = map.items.length - 1; i > 0; i--) {
        const j = pick(i + 1);
        const a = map.items[i];
        const b = map.items[j];
        if (a !== undefined && b !== undefined) {
          map.items[i] = b;
          map.items[j] = a;
        }
      }
      map.flow = pick(5) === 0;
    },
    Seq(_, seq) {
      seq.flow = pick(4) === 0;
    },
    Scalar(key, node) {
      if (key === "key") {
        node.type = pickOf(KEY_STYLES);
        if (pick(4) === 0) node.commentBefore = comment();
        if (pick(6) === 0) node.spaceBefore = true;
      } else {
        if (typeof node.value === "string") node.type = pickOf(STRING_STYLES);
        if (pick(6) === 0) node.comment = comment();
      }
    },
  });
  if (isMap(doc.contents) && pick(3) === 0) doc.contents.comment = comment();
  let text = doc.toString({
    indent: how.indent,
    indentSeq: how.indentSeq,
    lineWidth: how.lineWidth,
    minContentWidth: 0,
  });
  if (how.modeline !== "none") {
    const modeline = "# yaml-language-server: $schema=../../../schema/json-schema/x.json\n";
    text = `${modeline}${how.modeline === "spaced" ? "\n" : ""}${text}`;
  }
  return text;
}

/** Records as people might write them: only texts that parse (the yaml printer has corners). */
export function writtenRecord(record: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  return fc
    .tuple(record, writing)
    .map(([data, how]) => writeYaml(data, how))
    .filter((text) => parseDocument(text).errors.length === 0);
}
