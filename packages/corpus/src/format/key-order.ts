import { isMap, isScalar, isSeq } from "yaml";
import { arrayElement, objectFields, objectSchemaFor, type SchemaNode } from "./schema-walk.js";

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return key.value === null ? undefined : String(key.value);
  return typeof key === "string" ? key : undefined;
}

/**
 * Puts the keys of every mapping in the order its model declares them, recursively. Keys the
 * model does not know keep their relative order after the known ones, so that a misspelled
 * key stays visible where `validate` will point at it. Comments travel with their keys.
 */
export function orderKeys(node: unknown, schema: SchemaNode | undefined): void {
  if (isSeq(node)) {
    const element = schema === undefined ? undefined : arrayElement(schema);
    for (const item of node.items) orderKeys(item, element);
    return;
  }
  if (!isMap(node)) return;
  const keys = node.items.map((pair) => keyText(pair.key) ?? "");
  const objectSchema =
    schema === undefined ? undefined : objectSchemaFor(schema, keys, (key) => node.get(key));
  const fields = objectSchema === undefined ? undefined : objectFields(objectSchema);
  if (fields === undefined) {
    for (const pair of node.items) orderKeys(pair.value, undefined);
    return;
  }
  const rank = new Map(fields.map(([name], index) => [name, index]));
  const fieldSchema = new Map(fields);
  const ranked = node.items.map((pair, position) => {
    const key = keyText(pair.key);
    return { pair, position, rank: key === undefined ? undefined : rank.get(key), key };
  });
  ranked.sort((a, b) => {
    const ra = a.rank ?? Number.POSITIVE_INFINITY;
    const rb = b.rank ?? Number.POSITIVE_INFINITY;
    return ra === rb ? a.position - b.position : ra - rb;
  });
  node.items = ranked.map(({ pair }) => pair);
  for (const { pair, key } of ranked) {
    orderKeys(pair.value, key === undefined ? undefined : fieldSchema.get(key));
  }
}
