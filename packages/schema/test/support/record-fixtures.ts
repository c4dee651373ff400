import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { RECORD_KINDS, type RecordKind } from "../../src/index.js";

/** What a fixture's `<name>.expected.json` says. */
export interface Expectation {
  /** Problems parseRecord reports, in order: codes and `claims[2].source`-style paths. */
  readonly problems: readonly { readonly code: string; readonly path: string }[];
  /** Why the JSON Schema cannot see this mistake, where it cannot. */
  readonly zodOnly?: string;
  /** Why the JSON Schema rejects this valid record, where it does. */
  readonly jsonSchemaStricter?: string;
}

export interface RecordFixture {
  /** The case it tests, e.g. `claim-unknown-key-sorce`. */
  readonly name: string;
  readonly file: string;
  readonly kind: RecordKind;
  readonly valid: boolean;
  readonly data: unknown;
  readonly expected: Expectation;
}

export const FIXTURES_DIR = fileURLToPath(new URL("../fixtures/records", import.meta.url));

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));

/** Every record fixture: `{valid,invalid}/<kind>/<case>.json`, with `<case>.expected.json` beside it. */
export function loadRecordFixtures(): RecordFixture[] {
  const fixtures: RecordFixture[] = [];
  for (const verdict of ["valid", "invalid"] as const) {
    for (const kind of RECORD_KINDS) {
      const dir = join(FIXTURES_DIR, verdict, kind);
      const names = readdirSync(dir);
      for (const file of names.filter(
        (n) => n.endsWith(".json") && !n.endsWith(".expected.json"),
      )) {
        const name = file.slice(0, -".json".length);
        const expectedFile = `${name}.expected.json`;
        const hasExpected = names.includes(expectedFile);
        if (verdict === "invalid" && !hasExpected)
          throw new Error(`${verdict}/${kind}/${file} has no ${expectedFile}`);
        fixtures.push({
          name,
          file: join(verdict, kind, file),
          kind,
          valid: verdict === "valid",
          data: readJson(join(dir, file)),
          expected: hasExpected
            ? (readJson(join(dir, expectedFile)) as Expectation)
            : { problems: [] },
        });
      }
    }
  }
  return fixtures;
}

/** `.expected.json` files whose fixture is missing: a renamed case that left its twin behind. */
export function strayExpectations(): string[] {
  const stray: string[] = [];
  for (const verdict of ["valid", "invalid"])
    for (const kind of RECORD_KINDS) {
      const names = readdirSync(join(FIXTURES_DIR, verdict, kind));
      for (const name of names.filter((n) => n.endsWith(".expected.json")))
        if (!names.includes(name.replace(/\.expected\.json$/, ".json")))
          stray.push(join(verdict, kind, name));
    }
  return stray;
}
