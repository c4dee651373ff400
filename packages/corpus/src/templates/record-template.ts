import { RECORD_SCHEMAS, type RecordKind } from "@leaks/schema";
import {
  arrayElement,
  descriptionOf,
  isOmittable,
  literalValues,
  objectFields,
  type SchemaNode,
  typeName,
  unionOptions,
  unwrap,
} from "../format/schema-walk.js";

const COMMENT_WIDTH = 100;
const STEP = "  ";
/** Longer enumerations (country codes) are left to the description and the editor's schema. */
const MAX_LISTED_VALUES = 12;

/**
 * Every text a contributor must write is an empty string, and every number an empty value
 * (a "" there would invite a number in quotes, which is text): `leaks validate` reports each
 * one still empty at its line, and no placeholder can pass for data.
 */
const TEXT_PLACEHOLDER = '""';

/** True when the field takes free text, or only words: its placeholder is "". */
function takesText(schema: SchemaNode): boolean {
  const shape = unwrap(schema);
  const values = literalValues(shape);
  if (values !== undefined) return values.every((value) => typeof value === "string");
  const union = unionOptions(shape);
  if (union !== undefined)
    return (
      union.options.some((option) => typeName(option) === "string") ||
      union.options.every(takesText)
    );
  return typeName(shape) !== "number";
}

/** The words and numbers a field of literals (or a union of them) accepts. */
function acceptedValues(schema: SchemaNode): readonly unknown[] {
  const values = literalValues(schema);
  if (values !== undefined) return values;
  return (unionOptions(schema)?.options ?? []).flatMap(acceptedValues);
}

/** `key: ""` for text, `key:` (empty) for a number. */
function placeholder(schema: SchemaNode): string {
  return takesText(schema) ? ` ${TEXT_PLACEHOLDER}` : "";
}

export interface TemplateOptions {
  readonly kind: RecordKind;
  readonly id: string;
  /** For a claim: its first incident. */
  readonly incident?: string;
  /** The first line, pointing editors at the kind's JSON Schema (see `modelineFor`). */
  readonly modeline: string;
}

function wrap(text: string, indent: string): string[] {
  const width = Math.max(40, COMMENT_WIDTH - indent.length - 2);
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines.map((l) => `${indent}# ${l}`);
}

function defaultOf(schema: SchemaNode): unknown {
  let current = schema;
  for (let depth = 0; depth < 16; depth++) {
    const def = current._zod.def;
    if (def.type === "default") return def.defaultValue;
    const inner = def.innerType;
    if (def.type !== "optional" || inner === undefined) return undefined;
    current = inner as SchemaNode;
  }
  return undefined;
}

function fieldNote(schema: SchemaNode): string {
  const parts: string[] = [];
  const values = literalValues(schema);
  if (!takesText(schema)) {
    const words = acceptedValues(schema).filter((value) => typeof value === "string");
    parts.push(
      words.length === 0
        ? `A number without quotes${values === undefined ? "" : `, one of: ${values.join(", ")}`}.`
        : "Write a number without quotes.",
    );
  } else if (values !== undefined && values.length > 1 && values.length <= MAX_LISTED_VALUES)
    parts.push(`One of: ${values.join(", ")}.`);
  if (!isOmittable(schema)) parts.push("Required.");
  else {
    const fallback = defaultOf(schema);
    parts.push(
      fallback === undefined || typeof fallback === "object"
        ? "Optional."
        : `Optional; defaults to ${String(fallback)}.`,
    );
  }
  return parts.join(" ");
}

/** Comments out a rendered block at its own indent, so that removing `# ` restores it. */
function commentOut(lines: readonly string[], indent: string): string[] {
  return lines.map((line) => `${indent}# ${line.slice(indent.length)}`);
}

function objectBranches(schema: SchemaNode): SchemaNode[] | undefined {
  const union = unionOptions(schema);
  if (union === undefined) return undefined;
  const branches = union.options.filter((option) => objectFields(option) !== undefined);
  return branches.length === union.options.length ? branches : undefined;
}

/** The fields of an object at `indent`, each with its description. */
function renderFields(
  schema: SchemaNode,
  indent: string,
  prefill: ReadonlyMap<string, string | readonly string[]>,
): string[] {
  const lines: string[] = [];
  for (const [name, field] of objectFields(schema) ?? []) {
    const given = prefill.get(name);
    const isTag = typeName(field) === "literal" && given !== undefined;
    if (!isTag) {
      const about = [descriptionOf(field), fieldNote(field)].filter((t) => t !== undefined);
      lines.push(...wrap(about.join(" "), indent));
    }
    const branches = given === undefined ? objectBranches(unwrap(field)) : undefined;
    if (branches !== undefined) {
      // Comments before the key: after an empty mapping they would read as its contents.
      lines.push(...wrap("Write one of these forms in place of {}:", indent));
      for (const branch of branches) {
        lines.push(...commentOut(wrap(descriptionOf(branch) ?? "", `${indent}${STEP}`), indent));
        lines.push(...commentOut(renderBranch(branch, `${indent}${STEP}`), indent));
      }
    }
    const body = renderValue(name, field, indent, given);
    lines.push(...(isOmittable(field) && given === undefined ? commentOut(body, indent) : body));
  }
  return lines;
}

/** A `- ` item of a list of objects: the first key shares the dash's line. */
function renderItem(fields: readonly string[], indent: string): string[] {
  const inner = `${indent}${STEP}`;
  const first = fields.findIndex((line) => !line.startsWith(`${inner}#`));
  return fields.map((line, index) => {
    if (index < first) return `${indent}${line.slice(inner.length)}`;
    if (index === first) return `${indent}- ${line.slice(inner.length)}`;
    return line;
  });
}

function renderBranch(branch: SchemaNode, indent: string): string[] {
  const discriminator = new Map<string, string>();
  for (const [name, field] of objectFields(branch) ?? []) {
    const values = literalValues(field);
    if (typeName(field) === "literal" && values?.length === 1)
      discriminator.set(name, String(values[0]));
  }
  return renderFields(branch, indent, discriminator);
}

function renderValue(
  name: string,
  schema: SchemaNode,
  indent: string,
  given: string | readonly string[] | undefined,
): string[] {
  const inner = `${indent}${STEP}`;
  if (typeof given === "string") return [`${indent}${name}: ${given}`];
  if (given !== undefined) return [`${indent}${name}:`, ...given.map((v) => `${inner}- ${v}`)];
  const shape = unwrap(schema);
  if (objectFields(shape) !== undefined) {
    return [`${indent}${name}:`, ...renderFields(shape, inner, new Map())];
  }
  if (objectBranches(shape) !== undefined) return [`${indent}${name}: {}`];
  const element = arrayElement(shape);
  if (element !== undefined) {
    const elementBranches = objectBranches(element);
    const elementShape = unwrap(element);
    if (elementBranches !== undefined) {
      const lines = [`${indent}${name}:`];
      for (const branch of elementBranches) {
        lines.push(...wrap(descriptionOf(branch) ?? "", inner));
        lines.push(...renderItem(renderBranch(branch, `${inner}${STEP}`), inner));
      }
      return lines;
    }
    if (objectFields(elementShape) !== undefined) {
      return [
        `${indent}${name}:`,
        ...renderItem(renderFields(elementShape, `${inner}${STEP}`, new Map()), inner),
      ];
    }
    return [`${indent}${name}:`, `${inner}-${placeholder(element)}`];
  }
  return [`${indent}${name}:${placeholder(shape)}`];
}

const TITLES: Record<RecordKind, string> = {
  incident: "Incident",
  claim: "Claim",
  actor: "Actor",
  source: "Source",
};

/**
 * A new record file with every field of its model: required values empty (text as "") to
 * fill in, optional fields commented out, each field explained by its description in the schema.
 */
export function renderTemplate(options: TemplateOptions): string {
  const schema = RECORD_SCHEMAS[options.kind] as unknown as SchemaNode;
  const prefill = new Map<string, string | readonly string[]>([["id", options.id]]);
  if (options.incident !== undefined) prefill.set("incidents", [options.incident]);
  const lines = [
    options.modeline,
    ...wrap(`${TITLES[options.kind]}: ${descriptionOf(schema) ?? ""}`, ""),
    ...wrap(
      'Replace every "" with text and fill in every empty value (a number: write it without quotes); `leaks validate` points at each one left. Uncomment the optional fields you need and delete the rest of the comments when done.',
      "",
    ),
    ...renderFields(schema, "", prefill),
  ];
  return `${lines.join("\n")}\n`;
}
