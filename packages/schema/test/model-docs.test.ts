/**
 * The models are documented once, in zod (`.describe()`, which the JSON Schemas carry); each
 * model's TypeScript interface repeats that description as its TSDoc, for hovers. This holds
 * the two together: change the description and the interface's comment must follow.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import * as schema from "../src/index.js";

const models = fileURLToPath(new URL("../src/models", import.meta.url));
const INTERFACE = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\nexport interface (\w+) extends z\.output</g;

const documented = readdirSync(models).flatMap((file) =>
  [...readFileSync(join(models, file), "utf8").matchAll(INTERFACE)].map((match) => ({
    name: match[2] as string,
    doc: (match[1] as string)
      .split("\n")
      .map((line) => line.replace(/^\s*\*?\s?/, "").trim())
      .join(" ")
      .trim(),
  })),
);

test("every model's interface has the model's description as its TSDoc", () => {
  expect(documented.length).toBeGreaterThanOrEqual(18);
  for (const { name, doc } of documented) {
    const model = (schema as unknown as Record<string, { description?: string }>)[name];
    expect(model?.description, name).toBeDefined();
    expect(doc, name).toBe(model?.description);
  }
});
