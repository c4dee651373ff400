/**
 * The shipped record types are the schema's, read-only and with narrowed ids; a developer who
 * hovers over a field of an `Incident` from `@leaks/corpus` must see the same documentation as
 * over the schema's. This asks TypeScript's language service, for every field of the four
 * record kinds and for fields of the records within them.
 */
import { join } from "node:path";
import { Actor, Claim, Incident, Source } from "@leaks/schema";
import { expect, test } from "vitest";
import { hoverDocs } from "../../../scripts/lib/hover.mjs";
import { PACKAGE_ROOT } from "./support/fixture-corpus.js";

const MODELS = { Incident, Claim, Actor, Source };
const KINDS = ["Incident", "Claim", "Actor", "Source"] as const;
/** Fields of records held within the four, as a consumer reaches them. */
const NESTED = [
  ["Incident", "dates.happened!.date"],
  ["Incident", "impacts[0]!.certainty"],
  ["Incident", "timeline[0]!.claims"],
  ["Claim", "appearances[0]!.quote"],
  ["Claim", "appearances[0]!.via"],
  ["Claim", "credibility.rationale"],
  ["Actor", "positions[0]!.organisation"],
  ["Source", "archive!.snapshot"],
  ["Source", "cites[0]!.relation"],
] as const;

const lines = [
  'import type * as S from "@leaks/schema";',
  'import type * as C from "./src/index.js";',
  ...KINDS.map(
    (kind) => `declare const schema${kind}: S.${kind};\ndeclare const shipped${kind}: C.${kind};`,
  ),
];
const pairs: { what: string; schema: string; shipped: string }[] = [];
const paths = [
  ...KINDS.flatMap((kind) => Object.keys(MODELS[kind].shape).map((key) => [kind, key] as const)),
  ...NESTED,
];
for (const [kind, path] of paths) {
  const schemaTarget = `schema${kind}.${path}`;
  const shippedTarget = `shipped${kind}.${path}`;
  lines.push(`${schemaTarget};`, `${shippedTarget};`);
  pairs.push({ what: `${kind}.${path}`, schema: schemaTarget, shipped: shippedTarget });
}

test("every field of a shipped record shows the schema's documentation on hover", () => {
  const docs = hoverDocs({
    dir: PACKAGE_ROOT,
    tsconfig: join(PACKAGE_ROOT, "tsconfig.json"),
    text: lines.join("\n"),
    targets: pairs.flatMap(({ schema, shipped }) => [schema, shipped]),
  });
  expect(pairs.length).toBeGreaterThan(50);
  for (const [index, { what }] of pairs.entries()) {
    const [fromSchema, shipped] = [docs[2 * index], docs[2 * index + 1]];
    expect(shipped, `${what} has no documentation`).not.toBe("");
    // The ids are narrowed to the data's own, and say so; every other field is the schema's.
    if (what.endsWith(".id")) expect(shipped, what).toMatch(/id/);
    else expect(shipped, what).toBe(fromSchema);
  }
});
