import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { type Corpus, formatProblem } from "@leaks/schema";
import { type Command, Option } from "commander";
import { corpusJson, corpusNdjson } from "../../export/corpus-json.js";
import { CSV_TABLES, type CsvTable, corpusCsv } from "../../export/csv.js";
import { corpusJsonLd } from "../../export/json-ld.js";
import { orderedCorpus } from "../../export/ordered-corpus.js";
import { CorpusReadError, loadCorpus } from "../../loader/index.js";
import { displayPath, EXIT, examplesHelp, UsageError } from "../context.js";

const EXPORT_FORMATS = ["json", "ndjson", "csv", "jsonld"] as const;
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

Nothing is exported while the data has errors (exit 1): run leaks validate.

Examples:
  $ ${leaks} export --format json --out leaks-corpus.json
  $ ${leaks} export --format ndjson | jq 'select(.kind == "claim") | .record.statement'
  $ ${leaks} export --format csv --table sources --out sources.csv
  $ ${leaks} export --format csv --out-dir csv/
  $ ${leaks} export --format jsonld --out leaks-corpus.jsonld
`,
);

interface ExportOptions {
  readonly format: ExportFormat;
  readonly table?: CsvTable;
  readonly out?: string;
  readonly outDir?: string;
  readonly today?: string;
  readonly data: string;
}

const RENDER: Record<Exclude<ExportFormat, "csv">, (corpus: Corpus) => string> = {
  json: corpusJson,
  ndjson: corpusNdjson,
  jsonld: corpusJsonLd,
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
  if (options.format !== "csv" && options.outDir !== undefined)
    throw new UsageError("--out-dir is for --format csv only; use --out <file>");
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

  if (options.format === "csv" && options.outDir !== undefined) {
    for (const table of CSV_TABLES) {
      const file = join(options.outDir, `${table}.csv`);
      await write(file, corpusCsv(corpus, table));
      process.stdout.write(`Wrote ${displayPath(file)}\n`);
    }
    process.exitCode = EXIT.clean;
    return;
  }
  const text =
    options.format === "csv"
      ? corpusCsv(corpus, options.table ?? "claims")
      : RENDER[options.format](corpus);
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

export function register(program: Command): void {
  program
    .command("export")
    .description("export the whole validated corpus as JSON, NDJSON, CSV or schema.org JSON-LD")
    .addOption(
      new Option("-f, --format <format>", "output format").choices(EXPORT_FORMATS).default("json"),
    )
    .addOption(
      new Option("--table <table>", "for csv: the table to write (default: claims)").choices(
        CSV_TABLES,
      ),
    )
    .option("-o, --out <file>", "write to a file instead of standard output")
    .option("--out-dir <dir>", "for csv: write every table, <dir>/<table>.csv")
    .option("--today <date>", "judge future dates against this day (YYYY-MM-DD), not today")
    .addHelpText("after", EXAMPLES)
    .action(async (_options: unknown, command: Command) => {
      await exportCorpus(command.optsWithGlobals<ExportOptions>());
    });
}
