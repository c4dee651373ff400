import { createHash } from "node:crypto";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { Corpus, RecordKind } from "@leaks/schema";
import { CODE_LICENSE, DATA_LICENSE } from "../data-licence.js";
import { corpusJson, corpusNdjson } from "./corpus-json.js";
import { CSV_TABLES, corpusCsv } from "./csv.js";
import { corpusJsonLd } from "./json-ld.js";
import { COLLECTIONS } from "./ordered-corpus.js";
import { writeParquet } from "./parquet.js";
import { writeSqlite } from "./sqlite.js";
import { corpusStix } from "./stix.js";
import { type ColumnType, corpusTables, csvFieldTypes, type Table } from "./tables.js";

export interface ReleaseOptions {
  /** The version of @leaks/corpus the data is released in. */
  readonly version: string;
  /** The day the data last changed (YYYY-MM-DD), where known. */
  readonly updated?: string;
  /** The data licence's text, copied into the bundle. */
  readonly licenseFile: string;
  /** The records added, changed and removed since the previous release: changes.json. */
  readonly changes?: unknown;
  /** Called before each long step, with what it does. */
  readonly progress?: (message: string) => void;
}

/** The file names of the bundle, relative to its folder. */
export const RELEASE_FILES = {
  json: "leaks-corpus.json",
  ndjson: "leaks-corpus.ndjson",
  jsonld: "leaks-corpus.jsonld",
  stix: "stix.json",
  sqlite: "leaks-corpus.sqlite",
  csvDir: "csv",
  parquetDir: "parquet",
  changes: "changes.json",
  license: "LICENSE-DATA.md",
  datapackage: "datapackage.json",
} as const;

const FIELD_TYPES: Record<ColumnType | "array", string> = {
  text: "string",
  integer: "integer",
  number: "number",
  boolean: "boolean",
  array: "array",
};

const LICENSES = [{ name: DATA_LICENSE.spdx, path: DATA_LICENSE.path, title: DATA_LICENSE.title }];

interface Resource {
  readonly name: string;
  readonly path: string;
  readonly format: string;
  readonly mediatype: string;
  readonly description: string;
  readonly schema?: unknown;
  readonly profile?: string;
  readonly encoding?: string;
}

/** Frictionless Table Schema of one relational table. */
function tableSchema(table: Table, resourceOf: (table: string) => string) {
  return {
    fields: table.columns.map((column) => ({
      name: column.name,
      type: FIELD_TYPES[column.type],
      ...(column.description === undefined ? {} : { description: column.description }),
      ...(column.required ? { constraints: { required: true } } : {}),
    })),
    primaryKey: [...table.primaryKey],
    foreignKeys: table.foreignKeys.map((fk) => ({
      fields: [...fk.columns],
      reference: { resource: resourceOf(fk.table), fields: [...fk.references] },
    })),
  };
}

/** Frictionless Table Schema of a CSV table, from its header and the record model. */
function csvSchema(kind: RecordKind, header: readonly string[]) {
  const types = csvFieldTypes(kind);
  types.set("independentOrigins", "integer");
  types.set("origins", "array");
  return {
    fields: header.map((name) => ({ name, type: FIELD_TYPES[types.get(name) ?? "text"] })),
    primaryKey: ["id"],
  };
}

async function describeFile(dir: string, resource: Resource) {
  const bytes = await readFile(join(dir, resource.path));
  return {
    ...resource,
    bytes: bytes.length,
    hash: `sha256:${createHash("sha256").update(bytes).digest("hex")}`,
  };
}

const posix = (path: string) => path.split(sep).join("/");

/**
 * Writes the release bundle into `dir`: the corpus as JSON, NDJSON, JSON-LD, STIX and CSV, as a
 * SQLite database and as Parquet files, the data licence, changes.json when given, and a
 * Frictionless datapackage.json listing every file with its size, SHA-256 and schema.
 */
export async function writeRelease(
  corpus: Corpus,
  dir: string,
  options: ReleaseOptions,
): Promise<string[]> {
  const progress = options.progress ?? (() => {});
  await mkdir(join(dir, RELEASE_FILES.csvDir), { recursive: true });
  await mkdir(join(dir, RELEASE_FILES.parquetDir), { recursive: true });
  const resources: Resource[] = [];

  progress("writing JSON, NDJSON, JSON-LD, STIX and CSV");
  const texts: [string, string, string, string, string][] = [
    [
      RELEASE_FILES.json,
      corpusJson(corpus),
      "json",
      "application/json",
      "The whole corpus, { incidents, claims, actors, sources }.",
    ],
    [
      RELEASE_FILES.ndjson,
      corpusNdjson(corpus),
      "ndjson",
      "application/x-ndjson",
      'One record a line: {"kind":"claim","record":{...}}.',
    ],
    [
      RELEASE_FILES.jsonld,
      corpusJsonLd(corpus),
      "jsonld",
      "application/ld+json",
      "The corpus as schema.org JSON-LD.",
    ],
    [
      RELEASE_FILES.stix,
      corpusStix(corpus),
      "json",
      "application/stix+json",
      "The corpus as a STIX 2.1 bundle: incidents as grouping, actors as identity, sources and claims as note, confidence from the Admiralty credibility grade.",
    ],
  ];
  for (const [path, text, format, mediatype, description] of texts) {
    await writeFile(join(dir, path), text, "utf8");
    resources.push({
      name: path.replace(/\./g, "-"),
      path,
      format,
      mediatype,
      description,
      encoding: "utf-8",
    });
  }
  const kindOf = Object.fromEntries(COLLECTIONS) as Record<string, RecordKind>;
  for (const table of CSV_TABLES) {
    const path = posix(join(RELEASE_FILES.csvDir, `${table}.csv`));
    const text = corpusCsv(corpus, table);
    await writeFile(join(dir, path), text, "utf8");
    const header = (text.split("\n", 1)[0] ?? "").split(",");
    resources.push({
      name: `${table}-csv`,
      path,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      profile: "tabular-data-resource",
      description: `The ${table} as CSV: nested fields as dotted columns, lists as JSON.`,
      schema: csvSchema(kindOf[table] as RecordKind, header),
    });
  }

  const tables = corpusTables(corpus);
  progress(`writing the SQLite database (${tables.length} tables, full-text index)`);
  await writeSqlite(join(dir, RELEASE_FILES.sqlite), tables, {
    title: "Leaks Dossier",
    version: options.version,
    ...(options.updated === undefined ? {} : { updated: options.updated }),
    license: DATA_LICENSE.spdx,
    licenses: `Data: ${DATA_LICENSE.spdx} (${DATA_LICENSE.path}). Quotes and archived texts remain their publishers', included for citation.`,
  });
  resources.push({
    name: "leaks-corpus-sqlite",
    path: RELEASE_FILES.sqlite,
    format: "sqlite",
    mediatype: "application/vnd.sqlite3",
    description: `The corpus as a SQLite database: ${tables.map((t) => t.name).join(", ")}; full-text indexes claims_fts and claim_appearances_fts; foreign keys declared.`,
  });

  progress(`writing ${tables.length} Parquet files`);
  await writeParquet(join(dir, RELEASE_FILES.parquetDir), tables);
  const parquetName = (table: string) => `${table}-parquet`;
  for (const table of tables)
    resources.push({
      name: parquetName(table.name),
      path: posix(join(RELEASE_FILES.parquetDir, `${table.name}.parquet`)),
      format: "parquet",
      mediatype: "application/vnd.apache.parquet",
      profile: "tabular-data-resource",
      description: table.description,
      schema: tableSchema(table, parquetName),
    });

  await copyFile(options.licenseFile, join(dir, RELEASE_FILES.license));
  resources.push({
    name: "license-data",
    path: RELEASE_FILES.license,
    format: "md",
    mediatype: "text/markdown",
    encoding: "utf-8",
    description: "The licence of the data, and what it leaves out (quotes, archived texts).",
  });
  if (options.changes !== undefined) {
    await writeFile(
      join(dir, RELEASE_FILES.changes),
      `${JSON.stringify(options.changes, null, 2)}\n`,
      "utf8",
    );
    resources.push({
      name: "changes",
      path: RELEASE_FILES.changes,
      format: "json",
      mediatype: "application/json",
      encoding: "utf-8",
      description: "The records added, changed and removed since the previous release.",
    });
  }

  progress("hashing the files for datapackage.json");
  const described = [];
  for (const resource of resources) described.push(await describeFile(dir, resource));
  const datapackage = {
    profile: "data-package",
    name: "leaks-dossier",
    title: "Leaks Dossier",
    description:
      "Incidents in which classified intelligence leaked, the claims made about them (each traced to published sources with a verbatim quote), the actors and the sources. Quotes and archived texts remain their publishers', included for citation.",
    version: options.version,
    ...(options.updated === undefined ? {} : { updated: options.updated }),
    licenses: LICENSES,
    "leaks:codeLicense": {
      name: CODE_LICENSE.spdx,
      path: CODE_LICENSE.path,
      title: CODE_LICENSE.title,
    },
    counts: Object.fromEntries(
      COLLECTIONS.map(([collection]) => [collection, corpus[collection].length]),
    ),
    resources: described,
  };
  await writeFile(
    join(dir, RELEASE_FILES.datapackage),
    `${JSON.stringify(datapackage, null, 2)}\n`,
    "utf8",
  );
  return [...described.map((r) => r.path), RELEASE_FILES.datapackage].map((path) =>
    posix(relative(dir, join(dir, path))),
  );
}
