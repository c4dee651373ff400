/**
 * The TypeScript interfaces of the models, written from the models themselves: each object
 * model's interface carries the model's description as its TSDoc, and declares every field
 * again with the field's description, so that a hover on `claim.statement` shows what the
 * JSON Schema says of it. The descriptions are written once, in zod (`.describe()`); this
 * rewrites the interfaces of `src/models` and `src/primitives` in place and the generate check holds them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as z from "zod";
import * as schema from "../src/index.js";

const WIDTH = 100;
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The text of a TSDoc comment at an indent: one line where it fits, else wrapped at WIDTH. */
export function tsdoc(text: string, indent: string): string {
  const body = text.replaceAll("*/", "*\\/");
  const single = `${indent}/** ${body} */`;
  if (single.length <= WIDTH) return single;
  const lines: string[] = [];
  let line = "";
  for (const word of body.split(/\s+/)) {
    if (line !== "" && `${indent} * ${line} ${word}`.length > WIDTH) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return [`${indent}/**`, ...lines.map((text) => `${indent} * ${text}`), `${indent} */`].join("\n");
}

/** The exported zod models, by the name they are exported under. */
const models = new Map<z.ZodType, string>();
for (const [name, value] of Object.entries(schema))
  if (value instanceof z.ZodType && !models.has(value)) models.set(value, name);

/** The names a model file can use as types: what it imports, and what it declares itself. */
function typesInScope(source: string): Set<string> {
  const names = new Set<string>();
  for (const [, list] of source.matchAll(/^import \{([^}]*)\} from "\.\.?\/[^"]+";$/gm))
    for (const name of (list as string).split(",")) names.add(name.trim());
  for (const [, name] of source.matchAll(/^export (?:const|interface|type) (\w+)/gm))
    names.add(name as string);
  return names;
}

/** Names declared as a type (an interface or an alias) anywhere in the package's sources. */
function declaredTypes(root: string): Set<string> {
  const names = new Set<string>();
  for (const file of readdirSync(join(root, "src"), { recursive: true, encoding: "utf8" }))
    if (file.endsWith(".ts"))
      for (const [, name] of readFileSync(join(root, "src", file), "utf8").matchAll(
        /^export (?:interface|type) (\w+)/gm,
      ))
        names.add(name as string);
  return names;
}

interface Wrapped {
  def: { type: string; innerType?: z.ZodType; element?: z.ZodType };
}

/** A field's schema without optional and default, which change its key, not its type. */
function unwrap(field: z.ZodType): z.ZodType {
  let current = field;
  for (;;) {
    const { def } = current._zod as unknown as Wrapped;
    if ((def.type === "optional" || def.type === "default") && def.innerType)
      current = def.innerType;
    else return current;
  }
}

/**
 * A field's type by the name of its model where the file can name it (`Appearance[]`, so that
 * hovers show names, not expanded objects), else as the model's own output type of that field.
 */
function fieldType(
  field: z.ZodType,
  fallback: string,
  named: (schema: z.ZodType) => string | undefined,
): string {
  const current = unwrap(field);
  const name = named(current);
  if (name !== undefined) return name;
  const { def } = current._zod as unknown as Wrapped;
  if (def.type === "array" && def.element) {
    const element = named(def.element);
    if (element !== undefined) return `${element}[]`;
  }
  return fallback;
}

const types = declaredTypes(ROOT);

type Shape = Record<string, z.ZodType>;

/** The body of a model's interface: every field with its description. */
function body(model: string, shape: Shape, side: "output" | "input", scope: Set<string>) {
  const named = (candidate: z.ZodType) => {
    const name = models.get(candidate);
    return name !== undefined && scope.has(name) && types.has(name) ? name : undefined;
  };
  const fields = Object.entries(shape).map(([key, field]) => {
    // A field that is a model left as it is (`archive: Archive.optional()`) has its description.
    const description = field.description ?? unwrap(field).description;
    if (description === undefined)
      throw new Error(`${model}.${key} has no description: give it one with .describe()`);
    // zod marks a key a contributor may leave out "optional" or "defaulted" (its input).
    const optional = side === "output" ? field._zod.optout === "optional" : !!field._zod.optin;
    const fallback = `z.${side}<typeof ${model}>["${key}"]`;
    const type = side === "output" ? fieldType(field, fallback, named) : fallback;
    // As zod types an optional key: it may be left out or be undefined.
    const declared = optional && type !== fallback ? `${type} | undefined` : type;
    return `${tsdoc(description, "  ")}\n  ${key}${optional ? "?" : ""}: ${declared};`;
  });
  return `{\n${fields.join("\n")}\n}`;
}

/**
 * One model file with its interfaces written anew: `interface X extends z.output<typeof X>`
 * gets X's description and its fields; `interface XInput extends z.input<typeof X>` keeps its
 * own comment and gets the fields as a contributor writes them.
 */
export function renderModelFile(source: string): string {
  const scope = typesInScope(source);
  const modelOf = (name: string) => {
    const model = (schema as Record<string, unknown>)[name];
    if (!(model instanceof z.ZodObject)) throw new Error(`${name} is not an object model`);
    return model as z.ZodObject;
  };
  return source
    .replace(
      /(?:\/\*\*(?:(?!\*\/)[\s\S])*\*\/\n)?export interface (\w+) extends z\.output<typeof (\w+)> (?:\{\}|\{\n[\s\S]*?\n\})/g,
      (whole, name: string, of: string) => {
        if (name !== of) return whole;
        const model = modelOf(name);
        if (model.description === undefined) throw new Error(`${name} has no description`);
        return `${tsdoc(model.description, "")}\nexport interface ${name} extends z.output<typeof ${name}> ${body(name, model.shape, "output", scope)}`;
      },
    )
    .replace(
      /export interface (\w+) extends z\.input<typeof (\w+)> (?:\{\}|\{\n[\s\S]*?\n\})/g,
      (_whole, name: string, of: string) =>
        `export interface ${name} extends z.input<typeof ${of}> ${body(of, modelOf(of).shape, "input", scope)}`,
    );
}

/** Every file of models and primitives, as the generate script's outputs: path -> its text. */
export function modelInterfaceOutputs(): Record<string, () => string> {
  return Object.fromEntries(
    ["src/models", "src/primitives"].flatMap((folder) =>
      readdirSync(join(ROOT, folder))
        .filter((file) => file.endsWith(".ts"))
        .sort()
        .map((file) => [
          `${folder}/${file}`,
          () => renderModelFile(readFileSync(join(ROOT, folder, file), "utf8")),
        ]),
    ),
  );
}
