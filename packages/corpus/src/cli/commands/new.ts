import { existsSync } from "node:fs";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { Id, IncidentId, RECORD_KINDS, type RecordKind, withArticle } from "@leaks/schema";
import { Argument, type Command } from "commander";
import { modelineFor } from "../../format/modeline.js";
import { KIND_FOLDERS, RECORD_EXTENSION, recordFilePath } from "../../layout.js";
import { idSkeleton } from "../../loader/index.js";
import { renderTemplate } from "../../templates/record-template.js";
import { displayPath, EXIT, examplesHelp, invocation, UsageError } from "../context.js";

const EXAMPLES = examplesHelp(
  ({ leaks }) => `
The new file has every field of the record's model, each explained by a comment: required
text is "" and a required number is left empty, to write without quotes (leaks validate
reports each value still empty, at its line); optional fields are commented out. Its first
line points editors at the JSON Schema of the kind.

Exit codes: 0 created, 1 a record with that id (or a look-alike) exists, 2 usage error.

Examples:
  $ ${leaks} new incident 2017-manchester-arena-leak
  $ ${leaks} new claim police-stop-sharing --incident 2017-manchester-arena-leak
  $ ${leaks} new actor greater-manchester-police
  $ ${leaks} new source bbc-2017-05-25-police-stop-sharing
`,
);

interface NewOptions {
  readonly incident?: string;
  readonly data: string;
}

function checkId(label: string, id: string, schema: typeof Id): void {
  const result = schema.safeParse(id);
  if (!result.success) {
    const message = result.error.issues[0]?.message ?? "not a valid id";
    throw new UsageError(`${label} "${id}" is not valid: ${message}`);
  }
}

async function listing(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch {
    return [];
  }
}

/** Files of records of a kind whose id is the same as, or looks like, `id`. */
async function clashes(data: string, kind: RecordKind, id: string): Promise<string[]> {
  const skeleton = idSkeleton(id);
  const matches = (name: string) =>
    name.endsWith(RECORD_EXTENSION) &&
    idSkeleton(name.slice(0, -RECORD_EXTENSION.length)) === skeleton;
  if (kind !== "claim") {
    const folder = join(data, KIND_FOLDERS[kind]);
    return (await listing(folder)).filter(matches).map((name) => join(folder, name));
  }
  const found: string[] = [];
  const claims = join(data, KIND_FOLDERS.claim);
  for (const incident of await listing(claims)) {
    const folder = join(claims, incident);
    for (const name of await listing(folder)) if (matches(name)) found.push(join(folder, name));
  }
  return found;
}

async function createRecord(kind: RecordKind, id: string, options: NewOptions): Promise<void> {
  checkId("the id", id, Id);
  if (kind === "claim") {
    if (options.incident === undefined)
      throw new UsageError(
        "a claim needs --incident <id>: claims live in claims/<incident-id>/, the folder of their first incident",
      );
    checkId("the incident id", options.incident, IncidentId);
  } else if (options.incident !== undefined) {
    throw new UsageError(`--incident is for claims only, not for a new ${kind}`);
  }
  const file = join(options.data, recordFilePath(kind, id, options.incident ?? ""));

  const existing = await clashes(options.data, kind, id);
  if (existing.length > 0) {
    const same = existing.map((path) => displayPath(path)).join(", ");
    process.stderr.write(
      `leaks: ${withArticle(kind)} with the id "${id}" or one that looks like it already exists: ${same}\n` +
        "  Nothing was written; choose another id, or edit that file.\n",
    );
    process.exitCode = EXIT.problems;
    return;
  }

  await mkdir(dirname(file), { recursive: true });
  const text = renderTemplate({
    kind,
    id,
    ...(options.incident === undefined ? {} : { incident: options.incident }),
    modeline: modelineFor(kind, file),
  });
  try {
    // "wx": never replace a file that appeared since the check above.
    await writeFile(file, text, { encoding: "utf8", flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      process.stderr.write(`leaks: ${displayPath(file)} already exists; nothing was written\n`);
      process.exitCode = EXIT.problems;
      return;
    }
    throw new UsageError(`cannot write ${displayPath(file)}: ${(error as Error).message}`);
  }
  const lines = [`Created ${displayPath(file)}`];
  const leaks = invocation();
  if (
    options.incident !== undefined &&
    !existsSync(join(options.data, recordFilePath("incident", options.incident)))
  ) {
    lines.push(
      `Note: there is no incident "${options.incident}" yet: create it with ${leaks} new incident ${options.incident}`,
    );
  }
  lines.push(
    'Next: fill in every "" and every empty value, uncomment the optional fields you need, then run',
    `  ${leaks} validate ${displayPath(file)}`,
  );
  process.stdout.write(`${lines.join("\n")}\n`);
  process.exitCode = EXIT.clean;
}

export function register(program: Command): void {
  program
    .command("new")
    .description("create a record file from a commented template, in the right folder")
    .addArgument(new Argument("<kind>", "the kind of record").choices(RECORD_KINDS))
    .argument("<id>", "the new record's id: lowercase a-z, 0-9 and single hyphens")
    .option("--incident <id>", "for a claim: the incident whose folder it goes in")
    .addHelpText("after", EXAMPLES)
    .action(async (kind: RecordKind, id: string, _options: unknown, command: Command) => {
      await createRecord(kind, id, command.optsWithGlobals<NewOptions>());
    });
}
