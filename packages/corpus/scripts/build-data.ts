/**
 * The data half of the build: loads and validates data/, fails on any error-severity problem,
 * then writes what ships, at the package's root (where every resolver, node10's included, finds
 * the documented subpaths): corpus.json (every record, validated, defaults filled in),
 * meta.json (the data's version, licence, last change and counts) and one JSON file per record
 * under records/<folder>/<id>.json. tsup runs next; the typed exports import ../corpus.json,
 * so no consumer ever gets unvalidated data.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { formatText } from "../src/cli/output/text.js";
import { DATA_LICENSE } from "../src/data-licence.js";
import { loadCorpus } from "../src/loader/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// --data and --out let tests build a fixture corpus without touching the package's own files.
const { values } = parseArgs({
  options: {
    data: { type: "string", default: join(root, "data") },
    out: { type: "string", default: root },
  },
});
const dataDir = relative(process.cwd(), resolve(values.data)) || ".";
const out = resolve(values.out);

// Clear the data's own outputs first (the CLI, built before, stays): a failed build must not
// leave an older corpus behind to be bundled or published.
for (const file of ["corpus.json", "meta.json"]) rmSync(join(out, file), { force: true });
rmSync(join(out, "records"), { recursive: true, force: true });

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
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "corpus.json"), JSON.stringify(corpus));
const updated = lastChanged(resolve(values.data));
const meta = {
  version: manifest.version,
  // The data's own licence (the package's `license` also covers the code: MIT AND CC-BY-4.0).
  license: DATA_LICENSE.spdx,
  ...(updated === undefined ? {} : { updated }),
  counts: {
    incidents: corpus.incidents.length,
    claims: corpus.claims.length,
    actors: corpus.actors.length,
    sources: corpus.sources.length,
  },
};
writeFileSync(join(out, "meta.json"), `${JSON.stringify(meta, null, 2)}\n`);
const folders = {
  incidents: corpus.incidents,
  claims: corpus.claims,
  actors: corpus.actors,
  sources: corpus.sources,
} as const;
for (const [folder, records] of Object.entries(folders)) {
  mkdirSync(join(out, "records", folder), { recursive: true });
  for (const record of records)
    writeFileSync(join(out, "records", folder, `${record.id}.json`), JSON.stringify(record));
}
console.log(
  `build-data: ${corpus.incidents.length} incidents, ${corpus.claims.length} claims, ${corpus.actors.length} actors, ${corpus.sources.length} sources → ${relative(process.cwd(), out) || "."}/`,
);

/**
 * The day (YYYY-MM-DD) of the last commit that changed the data folder or the archive beside
 * it; undefined outside a git checkout (a source tarball), where no such day is known.
 */
function lastChanged(dataFolder: string): string | undefined {
  const archive = join(dataFolder, "..", "archive");
  const log = spawnSync("git", ["log", "-1", "--format=%cs", "--", dataFolder, archive], {
    cwd: dataFolder,
    encoding: "utf8",
  });
  const day = log.status === 0 ? log.stdout.trim() : "";
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
}
