/**
 * Reads the structure of the zod models (field order, element types, union branches,
 * descriptions) so that `fmt` and `new` follow the schema instead of a copy of it.
 * Only the stable parts of zod 4's `_zod.def` are read.
 */

interface SchemaDef {
  readonly type: string;
  readonly [key: string]: unknown;
}

export interface SchemaNode {
  readonly _zod: { readonly def: SchemaDef };
  readonly description?: string | undefined;
}

export function isSchemaNode(value: unknown): value is SchemaNode {
  if (value === null || typeof value !== "object" || !("_zod" in value)) return false;
  const inner = (value as { _zod: unknown })._zod;
  if (inner === null || typeof inner !== "object" || !("def" in inner)) return false;
  const def = (inner as { def: unknown }).def;
  return (
    def !== null && typeof def === "object" && typeof (def as { type?: unknown }).type === "string"
  );
}

function defOf(schema: SchemaNode): SchemaDef {
  return schema._zod.def;
}

function child(def: SchemaDef, key: string): SchemaNode | undefined {
  const value = def[key];
  return isSchemaNode(value) ? value : undefined;
}

/** Wrappers that change what a value may be, not its shape. */
const WRAPPERS = new Set([
  "optional",
  "nullable",
  "default",
  "prefault",
  "readonly",
  "catch",
  "nonoptional",
  "success",
]);

/** The schema under optional/default/pipe/lazy wrappers: the one that says the shape. */
export function unwrap(schema: SchemaNode): SchemaNode {
  let current = schema;
  for (let depth = 0; depth < 64; depth++) {
    const def = defOf(current);
    let next: SchemaNode | undefined;
    if (WRAPPERS.has(def.type)) next = child(def, "innerType");
    else if (def.type === "pipe") next = child(def, "in");
    else if (def.type === "lazy" && typeof def.getter === "function") {
      const got: unknown = (def.getter as () => unknown)();
      next = isSchemaNode(got) ? got : undefined;
    }
    if (next === undefined) return current;
    current = next;
  }
  return current;
}

/** True when a contributor may leave the field out (optional, or filled by a default). */
export function isOmittable(schema: SchemaNode): boolean {
  let current: SchemaNode | undefined = schema;
  for (let depth = 0; current !== undefined && depth < 64; depth++) {
    const def = defOf(current);
    if (def.type === "optional" || def.type === "default" || def.type === "prefault") return true;
    current = WRAPPERS.has(def.type) ? child(def, "innerType") : undefined;
  }
  return false;
}

/** The first description found from the outermost wrapper inwards. */
export function descriptionOf(schema: SchemaNode): string | undefined {
  let current: SchemaNode | undefined = schema;
  for (let depth = 0; current !== undefined && depth < 64; depth++) {
    if (current.description !== undefined) return current.description;
    const def = defOf(current);
    if (WRAPPERS.has(def.type)) current = child(def, "innerType");
    else if (def.type === "pipe") current = child(def, "in");
    else current = undefined;
  }
  return undefined;
}

/** The fields of an object schema in declaration order, or undefined for other schemas. */
export function objectFields(
  schema: SchemaNode,
): ReadonlyArray<readonly [string, SchemaNode]> | undefined {
  const def = defOf(unwrap(schema));
  if (def.type !== "object") return undefined;
  const shape = def.shape;
  if (shape === null || typeof shape !== "object") return undefined;
  return Object.entries(shape).filter((entry): entry is [string, SchemaNode] =>
    isSchemaNode(entry[1]),
  );
}

/** The element schema of an array schema. */
export function arrayElement(schema: SchemaNode): SchemaNode | undefined {
  const def = defOf(unwrap(schema));
  return def.type === "array" ? child(def, "element") : undefined;
}

/** The branches of a union schema, with its discriminator key where it has one. */
export function unionOptions(
  schema: SchemaNode,
): { readonly options: readonly SchemaNode[]; readonly discriminator?: string } | undefined {
  const def = defOf(unwrap(schema));
  if (def.type !== "union" || !Array.isArray(def.options)) return undefined;
  const options = (def.options as unknown[]).filter(isSchemaNode);
  return typeof def.discriminator === "string"
    ? { options, discriminator: def.discriminator }
    : { options };
}

/** The values a literal or enum schema accepts. */
export function literalValues(schema: SchemaNode): readonly unknown[] | undefined {
  const def = defOf(unwrap(schema));
  if (def.type === "literal" && Array.isArray(def.values)) return def.values as unknown[];
  if (def.type === "enum" && def.entries !== null && typeof def.entries === "object") {
    return Object.values(def.entries as Record<string, unknown>);
  }
  return undefined;
}

/** The zod type name of the schema under its wrappers: "string", "object", "array"... */
export function typeName(schema: SchemaNode): string {
  return defOf(unwrap(schema)).type;
}

/**
 * The object schema that describes a mapping: the schema itself, or for a union the branch
 * picked by its discriminator, else the branch that knows most of the keys present.
 */
export function objectSchemaFor(
  schema: SchemaNode,
  keys: readonly string[],
  valueAt: (key: string) => unknown,
): SchemaNode | undefined {
  const inner = unwrap(schema);
  if (objectFields(inner) !== undefined) return inner;
  const union = unionOptions(inner);
  if (union === undefined) return undefined;
  const candidates = union.options
    .map((option) => objectSchemaFor(option, keys, valueAt))
    .filter((option): option is SchemaNode => option !== undefined);
  if (union.discriminator !== undefined) {
    const tag = valueAt(union.discriminator);
    const byTag = candidates.find((candidate) => {
      const field = objectFields(candidate)?.find(([name]) => name === union.discriminator);
      return field !== undefined && (literalValues(field[1]) ?? []).includes(tag);
    });
    if (byTag !== undefined) return byTag;
  }
  let best: SchemaNode | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const candidate of candidates) {
    const names = new Set((objectFields(candidate) ?? []).map(([name]) => name));
    const score = keys.reduce((sum, key) => sum + (names.has(key) ? 1 : -1), 0);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
