import { visibleText } from "@leaks/schema";
import { Command, CommanderError } from "commander";
import { register as registerDiff } from "./commands/diff.js";
import { register as registerExport } from "./commands/export.js";
import { register as registerFmt } from "./commands/fmt.js";
import { register as registerNew } from "./commands/new.js";
import { register as registerValidate } from "./commands/validate.js";
import { defaultDataDir, EXIT, examplesHelp, packageVersion, UsageError } from "./context.js";

const EXAMPLES = examplesHelp(
  ({ leaks }) => `
Examples:
  $ ${leaks} validate
  $ ${leaks} validate --format github
  $ ${leaks} --data <dir> validate
  $ ${leaks} help validate
`,
);

/**
 * The `leaks` program. Each command lives in commands/<name>.ts and registers itself; a
 * command sets `process.exitCode` (0 clean, 1 problems) and throws `UsageError` for exit 2.
 */
export function createProgram(): Command {
  const program = new Command("leaks")
    .description("Validate, format, create, compare and export the Leaks Dossier data.")
    .version(packageVersion(), "-v, --version", "print the version")
    .option("--data <dir>", "the data folder", defaultDataDir())
    .option("--no-color", "never colour the output")
    .addHelpText("after", EXAMPLES)
    .showHelpAfterError("(run with --help for usage)")
    // Settings are copied to each command as it is added: set them first.
    .exitOverride();
  registerValidate(program);
  registerFmt(program);
  registerNew(program);
  registerDiff(program);
  registerExport(program);
  return program;
}

/**
 * An error no one foresaw, with its stack: the message on the first line, shown through
 * `visibleText` so that it cannot start a line of its own, then the frames, one a line.
 */
function unexpected(error: unknown): string {
  if (!(error instanceof Error)) return visibleText(String(error));
  const head = String(error);
  const stack = error.stack ?? head;
  if (!stack.startsWith(head)) return visibleText(stack);
  const frames = stack.slice(head.length).split("\n").map(visibleText).join("\n");
  return `${visibleText(head)}${frames}`;
}

/** Runs the CLI and resolves to its exit code; never rejects. */
export async function main(argv: readonly string[] = process.argv): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync([...argv]);
    return Number(process.exitCode ?? EXIT.clean);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed the message or help already.
      const shown = ["commander.helpDisplayed", "commander.help", "commander.version"];
      // Help asked for exits 0; help shown because no command was given exits as a usage error.
      if (shown.includes(error.code)) return error.exitCode === 0 ? EXIT.clean : EXIT.usage;
      return EXIT.usage;
    }
    // Messages name paths and files, which may hold anything: shown as the report shows them.
    if (error instanceof UsageError) {
      process.stderr.write(`leaks: ${visibleText(error.message)}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`leaks: unexpected error: ${unexpected(error)}\n`);
    return EXIT.usage;
  }
}

process.exitCode = await main();
