import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { type Corpus, formatProblem } from "@leaks/schema";
import { type Command, Option } from "commander";
import { GitTreeError } from "../../diff/git-tree.js";
import { releaseChanges } from "../../diff/release-changes.js";
import { corpusJson, corpusNdjson } from "../../export/corpus-json.js";
import { CSV_TABLES, type CsvTable, corpusCsv } from "../../export/csv.js";
import { corpusJsonLd } from "../../export/json-ld.js";
import { MissingModuleError } from "../../export/optional-module.js";
import { orderedCorpus } from "../../export/ordered-corpus.js";
import { writeRelease } from "../../export/release.js";
import { corpusStix } from "../../export/stix.js";
import { StixExportError } from "../../export/stix-model.js";
import { CorpusReadError, loadCorpus } from "../../loader/index.js";
import {
  displayPath,
  EXIT,
  examplesHelp,
  packageRoot,
  packageVersion,
  UsageError,
} from "../context.js";

const EXPORT_FORMATS = ["json", "ndjson", "csv", "jsonld", "stix", "release"] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

const EXAMPLES = examplesHelp(
  ({ leaks }) => `
Formats:
  json    the whole corpus, { incidents, claims, actors, sources }, validated records with
          defaults filled in
  ndjson  one record a line: {"kind":"claim","record":{...}}
  csv     one table (--table, default claims), or every table with --out-dir; nested fields
          are dotted columns (credibility.grade), lists are JSON; text that a spreadsheet
          would run as a formula starts with '
  jsonld  schema.org JSON-LD: Event, Claim (appearances as Quotation), NewsArticle or
          CreativeWork, Person, Organization or Country
  stix    a STIX 2.1 bundle for threat-intelligence tools: incidents as grouping, actors as
          identity, sources and claims as note (who claimed it, where it appeared; confidence
          from the Admiralty credibility grade), marked with the data licence
  release a release bundle in --out-dir: all of the above, a SQLite database (a table per
          record kind and per list, foreign keys, FTS5 over statements and quotes), Parquet
          files of the same tables, changes.json (records added, changed, removed since
          the previous release tag, or --since <git-ref>), LICENSE-DATA.md, and a
          Frictionless datapackage.json with every file's bytes and sha256. Needs the
          optional packages better-sqlite3@12 and @duckdb/node-api

Nothing is exported while the data has errors (exit 1): run leaks validate.

Examples:
  $ ${leaks} export --format json --out leaks-corpus.json
  $ ${leaks} export --format ndjson | jq 'select(.kind == "claim") | .record.statement'
  $ ${leaks} export --format csv --table sources --out sources.csv
  $ ${leaks} export --format csv --out-dir csv/
  $ ${leaks} export --format jsonld --out leaks-corpus.jsonld
  $ ${leaks} export --format stix --out stix.json
  $ ${leaks} export --format release --out-dir release/
  $ ${leaks} export --format release --out-dir release/ --since @leaks/corpus@1.0.0
`,
);

interface ExportOptions {
  readonly format: ExportFormat;
  readonly table?: CsvTable;
  readonly out?: string;
  readonly outDir?: string;
  readonly today?: string;
  readonly since?: string;
  readonly data: string;
}

const RENDER: Record<Exclude<ExportFormat, "csv" | "release">, (corpus: Corpus) => string> = {
  json: corpusJson,
  ndjson: corpusNdjson,
  jsonld: corpusJsonLd,
  stix: corpusStix,
};

async function write(file: string, text: string): Promise<void> {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text, "utf8");
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${(error as Error).message}`);
  }
}

function checkOptions(options: ExportOptions): void {
  if (options.format !== "csv" && options.table !== undefined)
    throw new UsageError("--table is for --format csv only");
  if (options.format !== "csv" && options.format !== "release" && options.outDir !== undefined)
    throw new UsageError("--out-dir is for --format csv and release only; use --out <file>");
  if (options.format === "release" && (options.outDir === undefined || options.out !== undefined))
    throw new UsageError("--format release writes a folder: give --out-dir <dir>, not --out");
  if (options.format !== "release" && options.since !== undefined)
    throw new UsageError("--since is for --format release only");
  if (options.outDir !== undefined && (options.out !== undefined || options.table !== undefined))
    throw new UsageError("--out-dir writes every table: leave out --out and --table");
  if (options.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.today))
    throw new UsageError(`--today takes a date as YYYY-MM-DD, not "${options.today}"`);
}

async function exportCorpus(options: ExportOptions): Promise<void> {
  checkOptions(options);
  let loaded: Awaited<ReturnType<typeof loadCorpus>>;
  try {
    loaded = await loadCorpus(
      options.data,
      options.today === undefined ? {} : { today: options.today },
    );
  } catch (error) {
    if (error instanceof CorpusReadError) throw new UsageError(error.message);
    throw error;
  }
  const errors = loaded.problems.filter((problem) => problem.severity === "error");
  if (errors.length > 0) {
    const lines = errors.map((problem) => formatProblem(problem));
    process.stderr.write(
      `${lines.join("\n")}\nleaks: nothing exported: the data has ${errors.length} error${errors.length === 1 ? "" : "s"}; fix them first (leaks validate)\n`,
    );
    process.exitCode = EXIT.problems;
    return;
  }
  const corpus = orderedCorpus(loaded.corpus);
  const counts = `${corpus.incidents.length} incidents, ${corpus.claims.length} claims, ${corpus.actors.length} actors, ${corpus.sources.length} sources`;

  if (options.format === "release" && options.outDir !== undefined) {
    await exportRelease(corpus, options.outDir, options, loaded);
    return;
  }
  if (options.format === "csv" && options.outDir !== undefined) {
    for (const table of CSV_TABLES) {
      const file = join(options.outDir, `${table}.csv`);
      await write(file, corpusCsv(corpus, table));
      process.stdout.write(`Wrote ${displayPath(file)}\n`);
    }
    process.exitCode = EXIT.clean;
    return;
  }
  const text = render(corpus, options);
  if (options.out === undefined) {
    // A reader that stops early (`| head`) is not an error.
    process.stdout.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(EXIT.clean);
      throw error;
    });
    process.stdout.write(text);
  } else {
    await write(options.out, text);
    process.stdout.write(`Wrote ${displayPath(options.out)} (${counts})\n`);
  }
  process.exitCode = EXIT.clean;
}

/** The text of a single-file format. */
function render(corpus: Corpus, options: ExportOptions): string {
  if (options.format === "csv") return corpusCsv(corpus, options.table ?? "claims");
  if (options.format === "release") throw new UsageError("--format release needs --out-dir <dir>");
  try {
    return RENDER[options.format](corpus);
  } catch (error) {
    if (error instanceof StixExportError) throw new UsageError(error.message);
    throw error;
  }
}

async function exportRelease(
  corpus: Corpus,
  outDir: string,
  options: ExportOptions,
  loaded: Awaited<ReturnType<typeof loadCorpus>>,
): Promise<void> {
  const progress = (message: string) => process.stderr.write(`leaks: ${message}\n`);
  const root = packageRoot();
  const meta = readMeta(root);
  progress("comparing the records with the previous release");
  let changes: Awaited<ReturnType<typeof releaseChanges>>;
  try {
    changes = await releaseChanges(options.data, loaded.records, {
      version: packageVersion(),
      redirects: loaded.corpus.redirects,
      ...(options.since === undefined ? {} : { since: options.since }),
    });
  } catch (error) {
    if (error instanceof GitTreeError) throw new UsageError(`--since: ${error.message}`);
    throw error;
  }
  let files: string[];
  try {
    files = await writeRelease(corpus, outDir, {
      version: packageVersion(),
      ...(meta.updated === undefined ? {} : { updated: meta.updated }),
      licenseFile: join(root, "LICENSE-DATA.md"),
      changes,
      progress,
    });
  } catch (error) {
    if (error instanceof MissingModuleError || error instanceof StixExportError)
      throw new UsageError(error.message);
    throw error;
  }
  process.stdout.write(
    `Wrote ${files.length} files to ${displayPath(outDir)} (${corpus.incidents.length} incidents, ${corpus.claims.length} claims, ${corpus.actors.length} actors, ${corpus.sources.length} sources)\n`,
  );
  process.exitCode = EXIT.clean;
}

/** The built meta.json's day of last change, where the package has been built. */
function readMeta(root: string): { updated?: string } {
  try {
    return JSON.parse(readFileSync(join(root, "meta.json"), "utf8")) as { updated?: string };
  } catch {
    return {};
  }
}

export function register(program: Command): void {
  program
    .command("export")
    .description(
      "export the whole validated corpus as JSON, NDJSON, CSV, schema.org JSON-LD, STIX 2.1, or a release bundle",
    )
    .addOption(
      new Option("-f, --format <format>", "output format").choices(EXPORT_FORMATS).default("json"),
    )
    .addOption(
      new Option("--table <table>", "for csv: the table to write (default: claims)").choices(
        CSV_TABLES,
      ),
    )
    .option("-o, --out <file>", "write to a file instead of standard output")
    .option(
      "--out-dir <dir>",
      "for csv: write every table, <dir>/<table>.csv; for release: the bundle",
    )
    .option(
      "--since <git-ref>",
      "for release: list changes since this ref, not the previous release tag",
    )
    .option("--today <date>", "judge future dates against this day (YYYY-MM-DD), not today")
    .addHelpText("after", EXAMPLES)
    .action(async (_options: unknown, command: Command) => {
      await exportCorpus(command.optsWithGlobals<ExportOptions>());
    });
}
