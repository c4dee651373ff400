/**
 * The models are documented once, in zod (`.describe()` on the model and on each field, which
 * the JSON Schemas carry); the generated interfaces repeat those descriptions as TSDoc. This
 * asks TypeScript's language service what a developer sees on hover, over each model and over
 * each field of its interface (as parsed and as written by a contributor), and holds it to the
 * zod description.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import * as z from "zod";
import { hoverDocs } from "../../../scripts/lib/hover.mjs";
import * as schema from "../src/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const sources = ["src/models", "src/primitives"].flatMap((folder) =>
  readdirSync(join(root, folder)).map((file) => readFileSync(join(root, folder, file), "utf8")),
);
const declared = (pattern: RegExp) =>
  sources.flatMap((source) => [...source.matchAll(pattern)].map((match) => match[1] as string));
const outputs = declared(/^export interface (\w+) extends z\.output</gm);
const inputs = declared(/^export interface (\w+)Input extends z\.input</gm);

/** A field's description, or that of the model it is (optional or defaulted) where it has none. */
function described(field: z.ZodType): string | undefined {
  let current: z.ZodType | undefined = field;
  while (current !== undefined) {
    if (current.description !== undefined) return current.description;
    current = (current._zod.def as { innerType?: z.ZodType }).innerType;
  }
  return undefined;
}

const flat = (text: string | undefined) => text?.replace(/\s+/g, " ").trim();

function model(name: string): z.ZodObject {
  const value = (schema as Record<string, unknown>)[name];
  if (!(value instanceof z.ZodObject)) throw new Error(`${name} is not an object model`);
  return value;
}

interface Expectation {
  what: string;
  target: string;
  doc: string | undefined;
}

const lines = ['import type * as S from "./src/index.js";'];
const expectations: Expectation[] = [];
for (const [index, name] of outputs.entries()) {
  lines.push(`type Model${index} = S.${name};`);
  expectations.push({
    what: name,
    target: `Model${index} = S.${name}`,
    doc: model(name).description,
  });
  const sides = [{ type: name, variable: `value${index}` }];
  if (inputs.includes(name)) sides.push({ type: `${name}Input`, variable: `input${index}` });
  for (const { type, variable } of sides) {
    lines.push(`declare const ${variable}: S.${type};`);
    for (const [key, field] of Object.entries(model(name).shape)) {
      lines.push(`${variable}.${key};`);
      expectations.push({
        what: `${type}.${key}`,
        target: `${variable}.${key};`,
        doc: described(field as z.ZodType),
      });
    }
  }
}

test("every object model has a generated interface (the problem's is written by hand)", () => {
  const objects = Object.entries(schema)
    .filter(([, value]) => value instanceof z.ZodObject)
    .map(([name]) => name);
  expect(objects.filter((name) => !outputs.includes(name))).toEqual(["ProblemSchema"]);
});

test("every model and every field of its interfaces shows its zod description on hover", () => {
  expect(outputs.length).toBeGreaterThanOrEqual(18);
  expect(inputs).toEqual(expect.arrayContaining(["Incident", "Claim", "Actor", "Source"]));
  const docs = hoverDocs({
    dir: root,
    tsconfig: join(root, "tsconfig.json"),
    text: lines.join("\n"),
    targets: expectations.map(({ target }) => target.replace(/;$/, "")),
  });
  expect(expectations.length).toBeGreaterThan(100);
  for (const [index, { what, doc }] of expectations.entries()) {
    expect(doc, `${what} has a zod description`).toBeDefined();
    expect(flat(docs[index]), what).toBe(flat(doc));
  }
});
