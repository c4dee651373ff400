import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { PACKAGE_ROOT } from "../support/fixture-corpus.js";
import { runCli } from "../support/run-cli.js";

// Contributors run the CLI from the repository's root as `pnpm leaks`, which sets this.
const REPOSITORY = join(PACKAGE_ROOT, "..", "..");
const AS_PNPM_LEAKS = { npm_lifecycle_event: "leaks" };
const COMMANDS = ["validate", "fmt", "new", "diff", "export"];

const helpOf = (args: readonly string[]) => {
  const run = runCli([...args, "--help"], { cwd: REPOSITORY, env: AS_PNPM_LEAKS });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
};

/** Each `$ ...` line after "Examples:", as words, up to a pipe, redirection or comment. */
function examplesIn(help: string): string[][] {
  const section = help.split("\nExamples:\n")[1] ?? "";
  return [...section.matchAll(/^ {2}\$ (.+)$/gm)].map((match) => {
    const words = (match[1] ?? "").split(/\s+/);
    const end = words.findIndex((word) => ["|", ">", ">>", "#"].includes(word));
    return end === -1 ? words : words.slice(0, end);
  });
}

/** Options that take a value, as the help lists them (`-f, --format <format>`). */
function valueOptionsIn(help: string): Set<string> {
  const options = new Set<string>();
  for (const [, flags] of help.matchAll(/^ {2}(-[^ ]*(?:, --[^ ]+)?) <[^>]+>/gm))
    for (const flag of (flags ?? "").split(", ")) options.add(flag);
  return options;
}

/** The paths an example reads: the `--data` folder, and the command's `paths` arguments. */
function pathsRead(words: readonly string[], valueOptions: ReadonlySet<string>): string[] {
  const paths: string[] = [];
  let command: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (word === "--data") paths.push(words[++i] ?? "");
    else if (valueOptions.has(word)) i++;
    else if (word.startsWith("-")) continue;
    else if (command === undefined) command = word;
    else if (command === "validate" || command === "fmt") paths.push(word);
  }
  // `<dir>` stands for a folder of the reader's choosing, as in the option's own help.
  return paths.filter((path) => !/^<[^>]+>$/.test(path));
}

describe("help examples, run as `pnpm leaks` from the repository's root", () => {
  const root = helpOf([]);
  const helps = new Map([["leaks", root], ...COMMANDS.map((c) => [c, helpOf([c])] as const)]);
  // The root's examples run commands too: know every command's options.
  const valueOptions = new Set([...helps.values()].flatMap((help) => [...valueOptionsIn(help)]));

  test.each([...helps.keys()])("%s: every example runs as printed", (name) => {
    const help = helps.get(name) as string;
    const examples = examplesIn(help);
    expect(examples.length).toBeGreaterThan(0);
    for (const words of examples) {
      expect(words.slice(0, 2), words.join(" ")).toEqual(["pnpm", "leaks"]);
      for (const path of pathsRead(words.slice(2), valueOptions))
        expect(existsSync(join(REPOSITORY, path)), `${path} in: ${words.join(" ")}`).toBe(true);
    }
  });

  test("the commands that take paths show paths that exist, in the package's data folder", () => {
    const shown = ["validate", "fmt"].flatMap((name) =>
      examplesIn(helps.get(name) as string).flatMap((words) =>
        pathsRead(words.slice(2), valueOptions),
      ),
    );
    expect(shown.length).toBeGreaterThanOrEqual(4);
    for (const path of shown) expect(path).toMatch(/^packages\/corpus\/data\//);
  });
});

test("run by its own name, examples say `leaks` and name the data folder as seen from there", () => {
  const notPnpm = { npm_lifecycle_event: "" };
  const inPackage = runCli(["validate", "--help"], { cwd: PACKAGE_ROOT, env: notPnpm }).stdout;
  const file = "data/incidents/2017-oval-office-disclosure.yaml";
  expect(inPackage).toContain(`  $ leaks validate ${file}\n`);
  expect(existsSync(join(PACKAGE_ROOT, file))).toBe(true);
  // Outside the repository the default is ./data, the user's own corpus.
  const outside = runCli(["fmt", "--help"], { cwd: tmpdir(), env: notPnpm }).stdout;
  expect(outside).toContain("  $ leaks fmt --check data/incidents/");
});
