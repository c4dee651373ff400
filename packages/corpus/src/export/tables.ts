import { type Corpus, RECORD_SCHEMAS, type RecordKind } from "@leaks/schema";
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
import { claimOrigins } from "./claim-origins.js";
import { COLLECTIONS } from "./ordered-corpus.js";
import type { Cell, Column, ColumnType, ForeignKey, Table } from "./table-types.js";

/**
 * The corpus as relational tables, for SQLite and Parquet: one table per record kind, and one
 * per list a record holds (appearances, relations, impacts, originators...), each row keyed by
 * its record's id and its position in the list. The tables follow the zod models, so a new
 * field or list reaches the database without a change here; references become foreign keys
 * through REFERENCES below.
 */

export type { Cell, Column, ColumnType, ForeignKey, Table } from "./table-types.js";

const TABLE_OF: Record<RecordKind, string> = {
  incident: "incidents",
  claim: "claims",
  actor: "actors",
  source: "sources",
};

const INFERRED_BASIS = (prefix: string): [string, RecordKind][] => [
  [`${prefix}.in`, "source"],
  [`${prefix}.anchor`, "source"],
];
const INCIDENT_DATES = ["happened", "public", "acknowledged"] as const;
const INVOLVEMENTS = ["disclosedBy", "receivedBy", "originators"] as const;

/**
 * Every field that names another record, as `kind:path` with `[]` for each list, and the kind
 * it names: the same fields as @leaks/schema's referencesOf (a test holds the two alike).
 */
export const REFERENCES: ReadonlyMap<string, RecordKind> = new Map(
  [
    ["claim", "incidents[]", "incident"],
    ["claim", "claimant.actor", "actor"],
    ["claim", "claimant.source", "source"],
    ["claim", "claimant.anonymous.relayedBy", "actor"],
    ["claim", "appearances[].source", "source"],
    ["claim", "appearances[].via[]", "source"],
    ...INFERRED_BASIS("concernsInferred").map(([path, kind]) => ["claim", path, kind]),
    ["claim", "relations[].claim", "claim"],
    ["source", "publisher", "actor"],
    ["source", "authors[]", "actor"],
    ...INFERRED_BASIS("publishedInferred").map(([path, kind]) => ["source", path, kind]),
    ["source", "cites[].source", "source"],
    ["actor", "members[]", "actor"],
    ["actor", "positions[].organisation", "actor"],
    ["actor", "positions[].claims[]", "claim"],
    ["actor", "affiliations[].actor", "actor"],
    ["incident", "summaryBasis[].claims[]", "claim"],
    ...INCIDENT_DATES.flatMap((date) => [
      ...INFERRED_BASIS(`dates.${date}.inferred`).map(([path, kind]) => ["incident", path, kind]),
      ["incident", `dates.${date}.claims[]`, "claim"],
    ]),
    ...INVOLVEMENTS.flatMap((field) => [
      ["incident", `${field}[].actor`, "actor"],
      ["incident", `${field}[].anonymous.relayedBy`, "actor"],
      ["incident", `${field}[].claims[]`, "claim"],
    ]),
    ["incident", "markings[].claims[]", "claim"],
    ...INFERRED_BASIS("timeline[].inferred").map(([path, kind]) => ["incident", path, kind]),
    ["incident", "timeline[].claims[]", "claim"],
    ["incident", "impacts[].parties[]", "actor"],
    ["incident", "impacts[].claims[]", "claim"],
    ["incident", "related[].incident", "incident"],
  ].map(([kind, path, target]) => [`${kind}:${path}`, target as RecordKind]),
);

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function leafType(schema: SchemaNode): ColumnType {
  const inner = unwrap(schema);
  const def = inner._zod.def as { type: string; format?: unknown };
  switch (typeName(inner)) {
    case "number":
      return typeof def.format === "string" && def.format.includes("int") ? "integer" : "number";
    case "boolean":
      return "boolean";
    case "literal":
    case "enum": {
      const values = literalValues(inner) ?? [];
      return values.length > 0 && values.every((v) => Number.isInteger(v)) ? "integer" : "text";
    }
    case "union": {
      const types = new Set((unionOptions(inner)?.options ?? []).map(leafType));
      return types.size === 1 ? ([...types][0] ?? "text") : "text";
    }
    default:
      return "text";
  }
}

interface Leaf {
  readonly path: readonly string[];
  readonly type: ColumnType;
  readonly description?: string;
  readonly required: boolean;
}
interface List {
  readonly path: readonly string[];
  readonly element: SchemaNode;
  readonly description?: string;
}

/** The scalar fields of a schema (nested objects flattened, union branches merged) and its lists. */
function layout(
  schema: SchemaNode,
  path: readonly string[],
  optional: boolean,
  out: { leaves: Map<string, Leaf>; lists: Map<string, List> },
): void {
  const inner = unwrap(schema);
  const description = descriptionOf(schema);
  const element = arrayElement(inner);
  if (element !== undefined) {
    const key = path.join(".");
    if (!out.lists.has(key))
      out.lists.set(key, { path, element, ...(description === undefined ? {} : { description }) });
    return;
  }
  const fields = objectFields(inner);
  if (fields !== undefined) {
    for (const [name, field] of fields)
      layout(field, [...path, name], optional || isOmittable(field), out);
    return;
  }
  const union = unionOptions(inner);
  if (union?.options.every((option) => objectFields(option) !== undefined)) {
    for (const option of union.options) layout(option, path, true, out);
    return;
  }
  const key = path.join(".");
  const previous = out.leaves.get(key);
  out.leaves.set(key, {
    path,
    type: leafType(inner),
    ...(description === undefined ? {} : { description }),
    required: !optional && (previous?.required ?? true),
  });
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== "object" || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function cellOf(value: unknown, type: ColumnType): Cell {
  if (value === undefined || value === null) return null;
  if (type === "text") return typeof value === "object" ? JSON.stringify(value) : String(value);
  return value as Cell;
}

interface Parent {
  readonly table: string;
  readonly kind: RecordKind;
  /** The list's field, snake_case (`appearances`, `disclosed_by`); empty for a record table. */
  readonly field: string;
  /** The path of this list from the record's root, `[]` for each list, for REFERENCES. */
  readonly pattern: string;
  readonly keys: readonly Column[];
  /** Each element of the parent table with its key values. */
  readonly items: readonly { readonly value: unknown; readonly key: readonly Cell[] }[];
}

function buildTable(
  parent: Parent,
  name: string,
  description: string,
  schema: SchemaNode,
  tables: Table[],
  foreignKeys: ForeignKey[],
): void {
  const out = { leaves: new Map<string, Leaf>(), lists: new Map<string, List>() };
  layout(schema, [], false, out);
  const columns: Column[] = [...parent.keys];
  const fks = [...foreignKeys];
  const leaves = [...out.leaves.values()];
  for (const leaf of leaves) {
    const pattern = [parent.pattern, leaf.path.join(".")].filter((part) => part !== "").join(".");
    const target = REFERENCES.get(`${parent.kind}:${pattern}`);
    // An element that is itself an id is named by the kind it names (`incident_id`), or by
    // its list where that is the row's own kind (an actor's `members`: `member_id`).
    const column =
      leaf.path.length === 0
        ? target === undefined
          ? "value"
          : columns.some((c) => c.name === `${target}_id`)
            ? `${parent.field.replace(/s$/, "")}_id`
            : `${target}_id`
        : leaf.path.map(snake).join("_");
    if (columns.some((c) => c.name === column))
      throw new Error(`table ${name}: two columns named ${column}`);
    columns.push({
      name: column,
      type: leaf.type,
      ...(leaf.description === undefined ? {} : { description: leaf.description }),
      required: leaf.required,
    });
    if (target !== undefined)
      fks.push({ columns: [column], table: TABLE_OF[target], references: ["id"] });
  }
  const rows = parent.items.map((item) => [
    ...item.key,
    ...leaves.map((leaf) => cellOf(valueAt(item.value, leaf.path), leaf.type)),
  ]);
  tables.push({
    name,
    description,
    columns,
    // A record table's key is its id, a field of the model; a list's, its parent's and position.
    primaryKey: parent.keys.length === 0 ? ["id"] : parent.keys.map((key) => key.name),
    foreignKeys: fks,
    rows,
  });

  for (const list of out.lists.values()) {
    const field = list.path.map(snake).join("_");
    // A list of a record is keyed by the record's id; a list in a list's element by the
    // element's key, its position becoming `<list>_position`.
    const keys: Column[] =
      parent.keys.length === 0
        ? [
            {
              name: `${parent.kind}_id`,
              type: "text",
              required: true,
              description: `The ${parent.kind}.`,
            },
          ]
        : parent.keys.map((key, i) =>
            i === parent.keys.length - 1
              ? {
                  ...key,
                  name: `${parent.field}_position`,
                  description: `Place in ${parent.field}, from 0.`,
                }
              : key,
          );
    const references = parent.keys.length === 0 ? ["id"] : parent.keys.map((key) => key.name);
    const childKeys: Column[] = [
      ...keys,
      {
        name: "position",
        type: "integer",
        required: true,
        description: "Place in the list, from 0.",
      },
    ];
    const items = parent.items.flatMap((item) => {
      const values = valueAt(item.value, list.path);
      return Array.isArray(values)
        ? values.map((value, i) => ({
            value,
            key: [
              ...(parent.keys.length === 0 ? [valueAt(item.value, ["id"]) as string] : item.key),
              i,
            ],
          }))
        : [];
    });
    const pattern = [parent.pattern, `${list.path.join(".")}[]`]
      .filter((part) => part !== "")
      .join(".");
    buildTable(
      { table: name, kind: parent.kind, field, pattern, keys: childKeys, items },
      `${name === TABLE_OF[parent.kind] ? parent.kind : name}_${field}`,
      list.description ?? `${field} of each ${parent.kind}`,
      list.element,
      tables,
      [
        {
          columns: keys.map((key) => key.name),
          table: name,
          references,
        },
      ],
    );
  }
}

const RECORD_DESCRIPTIONS: Record<RecordKind, string> = {
  incident: "One row per incident: a leak event.",
  claim: "One row per claim: one checkable statement, who asserts it, its standing and grade.",
  actor: "One row per actor: a person, body, outlet, state or alliance.",
  source: "One row per source: a published document.",
};

/** Every table of the corpus, record tables first, each followed by its lists' tables. */
export function corpusTables(corpus: Corpus): Table[] {
  const tables: Table[] = [];
  for (const [collection, kind] of COLLECTIONS) {
    const records = corpus[collection] as readonly { readonly id: string }[];
    buildTable(
      {
        table: collection,
        kind,
        field: "",
        pattern: "",
        keys: [],
        items: records.map((record) => ({ value: record, key: [] })),
      },
      collection,
      RECORD_DESCRIPTIONS[kind],
      RECORD_SCHEMAS[kind] as unknown as SchemaNode,
      tables,
      [],
    );
  }
  tables.push(claimOrigins(corpus));
  return tables;
}

/**
 * The type of each column of a record kind's CSV table (dotted names, as `leaks export
 * --format csv` writes them): lists are JSON arrays.
 */
export function csvFieldTypes(kind: RecordKind): Map<string, ColumnType | "array"> {
  const out = { leaves: new Map<string, Leaf>(), lists: new Map<string, List>() };
  layout(RECORD_SCHEMAS[kind] as unknown as SchemaNode, [], false, out);
  const types = new Map<string, ColumnType | "array">();
  for (const [name, leaf] of out.leaves) types.set(name, leaf.type);
  for (const name of out.lists.keys()) types.set(name, "array");
  return types;
}
