// Before `next build`: copies the data downloads into public/ so the export serves them.
// - whole-corpus exports from `leaks export` (falling back to @leaks/corpus's corpus.json),
// - the release bundle of `leaks export --format release` in downloads/release/, as published
//   with each release (SQLite, Parquet, datapackage.json, changes.json beside the exports),
// - the JSON Schemas of @leaks/schema,
// - the YAML record files, so each page can link to its own,
// - the archived snapshots of sources (the archive folder of @leaks/corpus), byte for byte,
//   which the archived-text pages render, hash and link to.
// With LEAKS_CORPUS_JSON set (a test build over another corpus) only that corpus is offered.
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const app = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(join(app, "package.json"));
const downloadsDir = join(app, "public", "downloads");
const recordsDir = join(app, "public", "records");
const archiveDir = join(app, "public", "archive");

rmSync(downloadsDir, { recursive: true, force: true });
rmSync(recordsDir, { recursive: true, force: true });
rmSync(archiveDir, { recursive: true, force: true });
mkdirSync(join(downloadsDir, "schema"), { recursive: true });

const manifest = { exports: [], bundle: [], bundleTables: [], schemas: [], records: [] };

function add(list, path, title, description) {
  list.push({
    path: `/downloads/${path}`,
    title,
    description,
    bytes: statSync(join(downloadsDir, path)).size,
  });
}

const EXPORTS = [
  [
    "json",
    "corpus.json",
    "The whole corpus as JSON",
    "One object with the incidents, claims, actors and sources arrays: validated records, defaults filled in.",
  ],
  [
    "ndjson",
    "corpus.ndjson",
    "The whole corpus as NDJSON",
    "One record a line, with its kind: easy to stream and to filter with jq.",
  ],
  [
    "jsonld",
    "corpus.jsonld",
    "The whole corpus as JSON-LD",
    "Linked data in schema.org terms: Event, Claim with its quotations, NewsArticle, Person, Organization.",
  ],
];
const CSV_TABLES = ["incidents", "claims", "actors", "sources"];
// Shorter than the datapackage's own descriptions, which list every table.
const BUNDLE_DESCRIPTIONS = {
  "leaks-corpus.sqlite":
    "The corpus as a SQLite database: a table per record kind and per list the records hold, full-text indexes of statements and quotes, foreign keys declared.",
};

const override = process.env.LEAKS_CORPUS_JSON;
if (override) {
  copyFileSync(override, join(downloadsDir, "corpus.json"));
  add(manifest.exports, "corpus.json", EXPORTS[0][2], EXPORTS[0][3]);
} else {
  const corpusDir = dirname(require.resolve("@leaks/corpus/package.json"));
  const bin = join(corpusDir, "bin", "leaks.js");
  const dataDir = join(corpusDir, "data");
  const leaks = (args) =>
    spawnSync(process.execPath, [bin, "--data", dataDir, "--no-color", "export", ...args], {
      stdio: ["ignore", "ignore", "inherit"],
    }).status === 0;
  for (const [format, file, title, description] of EXPORTS) {
    if (leaks(["--format", format, "--out", join(downloadsDir, file)]))
      add(manifest.exports, file, title, description);
  }
  if (leaks(["--format", "csv", "--out-dir", join(downloadsDir, "csv")])) {
    for (const table of CSV_TABLES) {
      if (!existsSync(join(downloadsDir, "csv", `${table}.csv`))) continue;
      add(
        manifest.exports,
        `csv/${table}.csv`,
        `The ${table} as CSV`,
        `One row per ${table.slice(0, -1)}; nested fields are dotted columns, lists are JSON.`,
      );
    }
  }
  // The release bundle, whole: its datapackage.json names every file by its path in the folder.
  const bundleDir = join(downloadsDir, "release");
  if (leaks(["--format", "release", "--out-dir", bundleDir])) {
    const datapackage = JSON.parse(readFileSync(join(bundleDir, "datapackage.json"), "utf8"));
    add(
      manifest.bundle,
      "release/datapackage.json",
      "datapackage.json",
      "The Frictionless Data Package: every file of the bundle with its size, SHA-256 and schema.",
    );
    for (const resource of datapackage.resources) {
      const table = /^(csv|parquet)\/(.+)\.\1$/.exec(resource.path);
      if (table) {
        manifest.bundleTables.push({
          format: table[1],
          name: table[2],
          path: `/downloads/release/${resource.path}`,
          bytes: resource.bytes,
        });
      } else
        add(
          manifest.bundle,
          `release/${resource.path}`,
          resource.path,
          BUNDLE_DESCRIPTIONS[resource.path] ?? resource.description,
        );
    }
  }
  if (!manifest.exports.some((item) => item.path.endsWith("/corpus.json"))) {
    // `leaks export` unavailable: the package's own validated corpus file is the same data.
    copyFileSync(require.resolve("@leaks/corpus/corpus.json"), join(downloadsDir, "corpus.json"));
    add(manifest.exports, "corpus.json", EXPORTS[0][2], EXPORTS[0][3]);
  }
  if (existsSync(dataDir)) {
    cpSync(dataDir, recordsDir, {
      recursive: true,
      filter: (src) => statSync(src).isDirectory() || src.endsWith(".yaml"),
    });
    const walk = (dir) =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
      );
    manifest.records = walk(recordsDir)
      .map((file) => relative(recordsDir, file).split(sep).join("/"))
      .sort();
  }
}

const schemaDir = join(dirname(require.resolve("@leaks/schema/package.json")), "json-schema");
for (const kind of ["incident", "claim", "actor", "source"]) {
  const file = join(schemaDir, `${kind}.json`);
  if (!existsSync(file)) continue;
  copyFileSync(file, join(downloadsDir, "schema", `${kind}.json`));
  const name = kind[0].toUpperCase() + kind.slice(1);
  const article = /^[aeiou]/.test(kind) ? "an" : "a";
  add(
    manifest.schemas,
    `schema/${kind}.json`,
    `${name} JSON Schema`,
    `The shape of ${article} ${kind} record, as a contributor writes it in YAML.`,
  );
}

// The archived-text pages read the snapshots of @leaks/corpus, or of the corpus a build is over
// where LEAKS_ARCHIVE_DIR names its archive folder.
const snapshotsDir =
  process.env.LEAKS_ARCHIVE_DIR ||
  join(dirname(require.resolve("@leaks/corpus/package.json")), "archive");
let snapshots = 0;
if (existsSync(snapshotsDir)) {
  cpSync(snapshotsDir, archiveDir, {
    recursive: true,
    filter: (src) => {
      const stat = statSync(src);
      if (stat.isFile() && src.endsWith(".txt")) snapshots += 1;
      return stat.isDirectory() || src.endsWith(".txt");
    },
  });
}

writeFileSync(join(downloadsDir, "index.json"), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(
  `downloads: ${manifest.exports.length} exports, a release bundle of ${manifest.bundle.length + manifest.bundleTables.length} files, ${manifest.schemas.length} schemas, ${manifest.records.length} record files, ${snapshots} archived snapshots`,
);
