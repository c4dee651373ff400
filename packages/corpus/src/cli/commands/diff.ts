import { type Command, Option } from "commander";
import { diffRecords } from "../../diff/diff-records.js";
import { filesAtRef, GitTreeError } from "../../diff/git-tree.js";
import { renderMarkdown } from "../../diff/render-markdown.js";
import { CorpusReadError, loadCorpus, loadCorpusFromFiles } from "../../loader/index.js";
import { EXIT, examplesHelp, UsageError } from "../context.js";

const DIFF_FORMATS = ["markdown", "json"] as const;
type DiffFormat = (typeof DIFF_FORMATS)[number];

const EXAMPLES = examplesHelp(
  ({ leaks }) => `
Compares the records of the data folder in the working tree with those at a git ref, by kind
and id: added, removed, and changed with the paths of the values that changed (statement,
credibility.grade, appearances[1].quote). Records are compared as validated, so a default
written out is no change; invalid records are compared as written.

The JSON form: { "added": [{ "kind", "id" }], "removed": [...],
"changed": [{ "kind", "id", "fields": [...], "retracted"?: true }] }, where retracted marks a
claim that was retracted or newly superseded.

Exit codes: 0 done (whatever changed), 2 usage error, not a git repository, or a bad ref.

Examples:
  $ ${leaks} diff origin/main
  $ ${leaks} diff HEAD~3 --format json
  $ ${leaks} diff v1.2.0 --format markdown >> "$GITHUB_STEP_SUMMARY"
`,
);

interface DiffOptions {
  readonly format: DiffFormat;
  readonly data: string;
}

async function diff(ref: string, options: DiffOptions): Promise<void> {
  let files: Map<string, Buffer>;
  try {
    files = await filesAtRef(options.data, ref);
  } catch (error) {
    if (error instanceof GitTreeError) throw new UsageError(error.message);
    throw error;
  }
  // Only the records are compared: the corpus rules need not run.
  const before = loadCorpusFromFiles(files, { dir: options.data, rules: [] });
  let after: Awaited<ReturnType<typeof loadCorpus>>;
  try {
    after = await loadCorpus(options.data, { rules: [] });
  } catch (error) {
    if (error instanceof CorpusReadError) throw new UsageError(error.message);
    throw error;
  }
  // The newer tree's redirects say which removed ids were renamed or merged.
  const result = diffRecords(before.records, after.records, after.corpus.redirects);
  process.stdout.write(
    options.format === "json"
      ? `${JSON.stringify(result, null, 2)}\n`
      : renderMarkdown(result, ref),
  );
  process.exitCode = EXIT.clean;
}

export function register(program: Command): void {
  program
    .command("diff")
    .description("list the records added, changed (which fields) and removed since a git ref")
    .argument("<git-ref>", "a commit, branch or tag to compare with, e.g. origin/main")
    .addOption(
      new Option("-f, --format <format>", "output format")
        .choices(DIFF_FORMATS)
        .default("markdown"),
    )
    .addHelpText("after", EXAMPLES)
    .action(async (ref: string, _options: unknown, command: Command) => {
      await diff(ref, command.optsWithGlobals<DiffOptions>());
    });
}
