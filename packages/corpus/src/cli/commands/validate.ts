import { statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { visibleText } from "@leaks/schema";
import { type Command, Option } from "commander";
import { CorpusReadError } from "../../loader/index.js";
import { validateCorpus } from "../../loader/validate/validate-corpus.js";
import {
  displayPath,
  EXIT,
  examplesHelp,
  packageVersion,
  UsageError,
  useColor,
} from "../context.js";
import { formatReport, OUTPUT_FORMATS, type OutputFormat } from "../output/index.js";

const EXAMPLES = examplesHelp(
  ({ leaks, data }) => `
Paths inside the data folder limit the report to those files (the whole corpus is still
checked, since references cross files); a path outside it that is a folder is checked as a
data folder of its own.

A cache of the last run (in a .leaks-cache folder beside the data folder; for a data folder
inside node_modules, in your cache folder, e.g. ~/.cache/leaks) lets the next run read only
the files that changed, and run the corpus rules again only if they can see the change;
--no-cache checks everything again.

Exit codes: 0 no errors, 1 errors found, 2 usage or I/O error.

Examples:
  $ ${leaks} validate
  $ ${leaks} validate ${data}/incidents/2017-oval-office-disclosure.yaml
  $ ${leaks} validate ${data}/claims/2017-oval-office-disclosure/
  $ ${leaks} validate --format github        # annotations on a pull request
  $ ${leaks} validate --no-cache             # ignore the last run's findings
  $ ${leaks} validate --format sarif > leaks.sarif
  $ ${leaks} --data <dir> validate --format json
`,
);

interface ValidateOptions {
  readonly format: OutputFormat;
  readonly today?: string;
  readonly workers?: string;
  readonly cache: boolean;
  readonly data: string;
  readonly color: boolean;
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

/** Which data folders to load, each with the paths to report on (undefined: all of it). */
function plan(dataDir: string, paths: readonly string[]): Map<string, string[] | undefined> {
  const groups = new Map<string, string[] | undefined>();
  if (paths.length === 0) return groups.set(dataDir, undefined);
  const dataRoot = resolve(dataDir);
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      throw new UsageError(`no such file or folder: ${path}`);
    }
    const absolute = resolve(path);
    if (absolute === dataRoot) groups.set(dataDir, undefined);
    else if (isInside(dataRoot, absolute)) {
      const only = groups.has(dataDir) ? groups.get(dataDir) : [];
      // In the form the loader shows files in: the data folder as given, then the path in it.
      const shown = join(dataDir, relative(dataRoot, absolute)).split(sep).join("/");
      if (only !== undefined) groups.set(dataDir, [...only, shown]);
    } else if (isDirectory) groups.set(displayPath(absolute), undefined);
    else
      throw new UsageError(
        `${path} is not inside the data folder ${dataDir}: pass the data folder with --data`,
      );
  }
  return groups;
}

async function validate(paths: string[], options: ValidateOptions): Promise<void> {
  if (options.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.today))
    throw new UsageError(`--today takes a date as YYYY-MM-DD, not "${options.today}"`);
  const workers = options.workers === undefined ? undefined : Number(options.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= 64))
    throw new UsageError(
      `--workers takes a number of threads from 0 to 64, not "${options.workers}"`,
    );
  const problems = [];
  let records = 0;
  for (const [dataDir, only] of plan(options.data, paths)) {
    const result = await validateCorpus(dataDir, {
      ...(options.today === undefined ? {} : { today: options.today }),
      ...(only === undefined ? {} : { only }),
      ...(workers === undefined ? {} : { workers }),
      cache: options.cache,
    });
    // Why a run could not reuse the cache, for whoever wonders why it took long.
    if (process.env.LEAKS_DEBUG_CACHE !== undefined && result.recheckedBecause !== undefined)
      process.stderr.write(`leaks: checked every file: ${visibleText(result.recheckedBecause)}\n`);
    problems.push(...result.problems);
    records += result.records;
  }
  const report = { problems, records };
  process.stdout.write(
    formatReport(options.format, report, {
      color: options.format === "text" && useColor(options.color),
      version: packageVersion(),
    }),
  );
  process.exitCode = problems.some((p) => p.severity === "error") ? EXIT.problems : EXIT.clean;
}

export function register(program: Command): void {
  program
    .command("validate")
    .description(
      "check the data: every schema, corpus-rule and file problem, located at file:line:column",
    )
    .argument("[paths...]", "files or folders to report on (default: the whole data folder)")
    .addOption(
      new Option("-f, --format <format>", "output format").choices(OUTPUT_FORMATS).default("text"),
    )
    .option("--today <date>", "judge future dates against this day (YYYY-MM-DD), not today")
    .option("--no-cache", "check every file again, ignoring what the last run found")
    .option(
      "--workers <n>",
      "threads that read and check files (default: up to 2 on a large corpus; 0: none)",
    )
    .addHelpText("after", EXAMPLES)
    .action(async (paths: string[], _options: unknown, command: Command) => {
      try {
        await validate(paths, command.optsWithGlobals<ValidateOptions>());
      } catch (error) {
        if (error instanceof CorpusReadError) throw new UsageError(error.message);
        throw error;
      }
    });
}
