import { readFile, rename, writeFile } from "node:fs/promises";
import { formatProblem, type Problem, RECORD_SCHEMAS, visibleText } from "@leaks/schema";
import type { Command } from "commander";
import { formatYaml } from "../../format/format-yaml.js";
import { canonicalModeline } from "../../format/modeline.js";
import { kindOfFile, MissingPathError, yamlFilesUnder } from "../../format/record-files.js";
import type { SchemaNode } from "../../format/schema-walk.js";
import {
  colors,
  displayPath,
  EXIT,
  examplesHelp,
  invocation,
  UsageError,
  useColor,
} from "../context.js";

const EXAMPLES = examplesHelp(
  ({ leaks, data }) => `
The canonical layout: keys in the order the record's model declares them (keys the model
does not know come last, where \`leaks validate\` points at them), 2-space indentation, block
style, one-line flow scalars, a final newline, and first the yaml-language-server modeline
that points editors at the JSON Schema of the record's kind (added where it is missing, and
corrected where it does not lead to that schema from the file's folder).
Comments, quoting styles and the line breaks of >- and | blocks are kept as written.

Exit codes: 0 done, 1 files to format (--check) or files that do not parse, 2 usage or I/O error.

Examples:
  $ ${leaks} fmt
  $ ${leaks} fmt --check
  $ ${leaks} fmt ${data}/claims/2017-oval-office-disclosure/
  $ ${leaks} fmt --check ${data}/incidents/2017-oval-office-disclosure.yaml
`,
);

interface FmtOptions {
  readonly check?: boolean;
  readonly data: string;
  readonly color: boolean;
}

type Outcome =
  | { readonly type: "unchanged" }
  | { readonly type: "changed"; readonly text: string }
  | { readonly type: "problems"; readonly problems: readonly Problem<string>[] };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

async function formatFile(file: string): Promise<Outcome> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const kind = kindOfFile(file);
  const schema = kind === undefined ? undefined : (RECORD_SCHEMAS[kind] as unknown as SchemaNode);
  const result = formatYaml(
    text,
    schema,
    kind === undefined ? {} : { modeline: (found) => canonicalModeline(found, kind, file) },
  );
  if (!result.ok) {
    return {
      type: "problems",
      problems: result.errors.map((error) => ({
        code: error.code,
        severity: "error",
        message: error.message,
        hint:
          error.code === "yaml-syntax"
            ? "fix the YAML; leaks fmt leaves a file alone until it parses"
            : "format this file by hand, and report the case to the maintainers",
        path: [],
        file: displayPath(file),
        line: error.line,
        column: error.column,
      })),
    };
  }
  return result.changed ? { type: "changed", text: result.text } : { type: "unchanged" };
}

/** Files read at once: enough to keep the disk busy, few enough for the file handles. */
const CONCURRENCY = 32;

async function mapConcurrently<T, R>(
  items: readonly T[],
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return results;
}

/** Replaces a file in one step, so an interrupted run never leaves half a record. */
async function replaceFile(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text, "utf8");
  await rename(temporary, file);
}

async function fmt(paths: readonly string[], options: FmtOptions): Promise<void> {
  const c = colors(useColor(options.color));
  let files: string[];
  try {
    files = await yamlFilesUnder(paths.length === 0 ? [options.data] : paths);
  } catch (error) {
    if (error instanceof MissingPathError) throw new UsageError(error.message);
    throw error;
  }
  const outcomes = await mapConcurrently(files, async (file) => {
    const outcome = await formatFile(file);
    if (outcome.type === "changed" && !options.check) await replaceFile(file, outcome.text);
    return outcome;
  });
  const out: string[] = [];
  let changed = 0;
  let broken = 0;
  files.forEach((file, i) => {
    const outcome = outcomes[i];
    if (outcome?.type === "problems") {
      broken++;
      for (const problem of outcome.problems) out.push(c.red(formatProblem(problem)));
    } else if (outcome?.type === "changed") {
      changed++;
      // A file name may hold anything: shown as `leaks validate` shows it.
      out.push(visibleText(displayPath(file)));
    }
  });
  const total = plural(files.length, "file");
  const summary = options.check
    ? changed > 0
      ? c.red(
          `✖ ${changed} of ${total} not formatted (nothing written): run ${invocation()} fmt to format them`,
        )
      : broken > 0
        ? c.green(`✔ ${files.length - broken} of ${total} formatted (nothing written)`)
        : c.green(`✔ ${total} checked: all formatted (nothing written)`)
    : c.green(
        `✔ ${plural(changed, "file")} formatted, ${files.length - changed - broken} already formatted`,
      );
  out.push(summary);
  if (broken > 0)
    out.push(
      c.red(
        `✖ ${plural(broken, "file")} could not be parsed and ${broken === 1 ? "was" : "were"} left unchanged`,
      ),
    );
  process.stdout.write(`${out.join("\n")}\n`);
  process.exitCode = broken > 0 || (options.check && changed > 0) ? EXIT.problems : EXIT.clean;
}

export function register(program: Command): void {
  program
    .command("fmt")
    .description("format record files: canonical key order and layout, comments kept")
    .argument("[paths...]", "files or folders to format (default: the whole data folder)")
    .option("--check", "list the files that would change and exit 1, writing nothing")
    .addHelpText("after", EXAMPLES)
    .action(async (paths: string[], _options: unknown, command: Command) => {
      await fmt(paths, command.optsWithGlobals<FmtOptions>());
    });
}
