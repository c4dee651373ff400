import { readFileSync } from "node:fs";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";

/**
 * Checks a STIX bundle against the STIX 2.1 rules for the objects the export uses: the JSON
 * Schema beside this file (no validator for STIX 2.1 on npm is kept up), then what a schema
 * cannot say: ids are unique, every reference points at an object of the bundle, and no
 * object was modified before it was created. Returns one message a problem, empty when valid.
 */

const schema = JSON.parse(
  readFileSync(new URL("./stix-2.1.schema.json", import.meta.url), "utf8"),
) as object;
// Strict, except that a branch of anyOf may require a property defined beside it.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
const validate = ajv.compile(schema);

type Json = Record<string, unknown>;

/** `objects[3] (note--…).confidence`, from the JSON pointer of an error. */
function place(bundle: unknown, pointer: string): string {
  const [, first, index, ...rest] = pointer.split("/");
  if (first !== "objects" || index === undefined) return pointer === "" ? "bundle" : pointer;
  const objects = (bundle as { objects?: unknown[] }).objects ?? [];
  const id = (objects[Number(index)] as Json | undefined)?.id;
  const name = `objects[${index}]${typeof id === "string" ? ` (${id})` : ""}`;
  return rest.length === 0 ? name : `${name}.${rest.join(".")}`;
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "propertyNames" || error.keyword === "additionalProperties")
    return `has a property STIX 2.1 does not define for it: "${String(params.propertyName ?? params.additionalProperty)}"`;
  if (error.keyword === "pattern") return `${error.message}`;
  if (error.keyword === "const") return `must be ${JSON.stringify(params.allowedValue)}`;
  return error.message ?? error.keyword;
}

const isRefKey = (key: string) => key.endsWith("_ref") || key.endsWith("_refs");

export function checkStixBundle(bundle: unknown): string[] {
  const messages: string[] = [];
  if (!validate(bundle))
    for (const error of validate.errors ?? []) {
      // "must match then schema" repeats the errors found inside the branch.
      if (error.keyword === "if") continue;
      // Inside propertyNames: the propertyNames error names the property.
      if (error.schemaPath.includes("/propertyNames/")) continue;
      messages.push(`${place(bundle, error.instancePath)}: ${describe(error)}`);
    }
  const objects = ((bundle as { objects?: unknown }).objects ?? []) as Json[];
  if (!Array.isArray(objects)) return messages;
  const ids = new Set<string>();
  for (const [i, object] of objects.entries()) {
    if (typeof object.id !== "string") continue;
    if (ids.has(object.id)) messages.push(`objects[${i}] (${object.id}): the id is used twice`);
    ids.add(object.id);
  }
  for (const [i, object] of objects.entries()) {
    const name = `objects[${i}] (${String(object.id)})`;
    for (const [key, value] of Object.entries(object)) {
      if (!isRefKey(key)) continue;
      const refs = Array.isArray(value) ? value : [value];
      for (const [j, ref] of refs.entries())
        if (typeof ref === "string" && !ids.has(ref))
          messages.push(
            `${name}.${key}${Array.isArray(value) ? `[${j}]` : ""}: points at ${ref}, which is not in the bundle`,
          );
    }
    const { created, modified } = object;
    // Timestamps in Z sort as text; the schema reports any other form.
    if (
      typeof created === "string" &&
      typeof modified === "string" &&
      created.endsWith("Z") &&
      modified.endsWith("Z") &&
      modified < created
    )
      messages.push(`${name}.modified: ${modified} is before created, ${created}`);
  }
  return messages;
}
