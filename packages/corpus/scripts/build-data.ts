/**
 * The data half of the build: loads and validates data/, fails on any error-severity problem,
 * then writes what ships: dist/corpus.json (every record, validated, defaults filled in) and
 * one JSON file per record under dist/data/<folder>/<id>.json. tsup runs next and bundles
 * dist/corpus.json into the typed exports, so no consumer ever gets unvalidated data.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { formatText } from "../src/cli/output/text.js";
import { loadCorpus } from "../src/loader/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// --data and --out let tests build a fixture corpus without touching the package's dist/.
const { values } = parseArgs({
  options: {
    data: { type: "string", default: join(root, "data") },
    out: { type: "string", default: join(root, "dist") },
  },
});
const dataDir = relative(process.cwd(), resolve(values.data)) || ".";
const dist = resolve(values.out);

// Clear the data's own outputs first (the CLI, built before, stays): a failed build must not
// leave an older corpus behind to be bundled or published.
rmSync(join(dist, "corpus.json"), { force: true });
rmSync(join(dist, "data"), { recursive: true, force: true });

const result = await loadCorpus(dataDir);
const errors = result.problems.filter((problem) => problem.severity === "error");
if (result.problems.length > 0)
  process.stderr.write(
    formatText({ problems: result.problems, records: result.records.length }, { color: false }),
  );
if (errors.length > 0) {
  process.stderr.write("build-data: the data has errors; nothing was written\n");
  process.exit(1);
}

const { corpus } = result;
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
mkdirSync(dist, { recursive: true });
writeFileSync(join(dist, "corpus.json"), JSON.stringify(corpus));
const folders = {
  incidents: corpus.incidents,
  claims: corpus.claims,
  actors: corpus.actors,
  sources: corpus.sources,
} as const;
for (const [folder, records] of Object.entries(folders)) {
  mkdirSync(join(dist, "data", folder), { recursive: true });
  for (const record of records)
    writeFileSync(join(dist, "data", folder, `${record.id}.json`), json(record));
}
console.log(
  `build-data: ${corpus.incidents.length} incidents, ${corpus.claims.length} claims, ${corpus.actors.length} actors, ${corpus.sources.length} sources → dist/`,
);
