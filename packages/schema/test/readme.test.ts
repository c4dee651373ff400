/**
 * Every ```ts block of README.md runs as a reader would run it, importing "@leaks/schema" by
 * name, and type-checks under strict settings. A line `expression; // => value` asserts that
 * the expression deep-equals the value.
 */
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(join(root, "package.json"));
const readme = readFileSync(join(root, "README.md"), "utf8");

interface Block {
  /** README line of the block's first line of code. */
  readonly line: number;
  readonly code: string;
}

function tsBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const match of markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)) {
    const line = markdown.slice(0, match.index).split("\n").length + 1;
    blocks.push({ line, code: match[1] ?? "" });
  }
  return blocks;
}

const EXPECTATION = /^(\s*)(.+?);\s*\/\/ => (.+)$/;

/** Turns `expression; // => value` lines into assertions, keeping every other line as is. */
function instrument(block: Block): { code: string; expectations: number } {
  let expectations = 0;
  const lines = block.code.split("\n").map((text, index) => {
    const match = EXPECTATION.exec(text);
    if (!match) return text;
    expectations++;
    const [, indent, actual, expected] = match;
    return `${indent}__expect(${actual}, ${expected}, ${block.line + index});`;
  });
  const prelude = [
    'import { deepStrictEqual as __deepStrictEqual } from "node:assert/strict";',
    "let __passed = 0;",
    "function __expect(actual: unknown, expected: unknown, line: number): void {",
    "  try { __deepStrictEqual(actual, expected); }",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source of the generated program, whose template literal fills in its own variables
    "  catch (error) { throw new Error(`README.md:${line}: ${(error as Error).message}`); }",
    "  __passed++;",
    "}",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source of the generated program, whose template literal fills in its own variables
    'process.on("exit", () => console.log(`readme-expectations-passed: ${__passed}`));',
  ].join(" ");
  // Expectations carry their README line; the prelude stays on one line of its own.
  return { code: `${prelude}\n${lines.join("\n")}`, expectations };
}

const blocks = tsBlocks(readme);
const blockFile = (block: Block) => `readme-line-${block.line}.ts`;
let consumer: string;

function linkPackage(name: string, target: string) {
  const link = join(consumer, "node_modules", name);
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(target, link, "dir");
}

beforeAll(() => {
  // A project outside the package that depends on it by name, as a reader's would.
  consumer = mkdtempSync(join(tmpdir(), "leaks-schema-readme-"));
  writeFileSync(join(consumer, "package.json"), '{ "type": "module", "private": true }\n');
  linkPackage("@leaks/schema", root);
  for (const dependency of ["zod", "ajv", "ajv-formats"])
    linkPackage(dependency, realpathSync(dirname(require.resolve(`${dependency}/package.json`))));
  writeFileSync(
    join(consumer, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        module: "nodenext",
        moduleResolution: "nodenext",
        target: "es2022",
        strict: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        resolveJsonModule: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
        customConditions: ["@leaks/source"],
      },
      include: ["readme-line-*.ts"],
    }),
  );
  for (const block of blocks) writeFileSync(join(consumer, blockFile(block)), block.code);
});

afterAll(() => {
  rmSync(consumer, { recursive: true, force: true });
});

test("the README has a block for each part of the package", () => {
  const imports = blocks.map((block) => block.code).join("\n");
  for (const name of ["parseRecord", "formatProblem", "checkCorpus", "ALL_RULES"])
    expect(imports).toContain(name);
  expect(imports).toContain("@leaks/schema/json-schema/");
  expect(imports).toContain("parsePartialDate");
});

test("every ts block of the README type-checks", () => {
  const tsc = require.resolve("typescript/bin/tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", "."], { cwd: consumer, encoding: "utf8" });
  // Point each error at its README line.
  const errors = `${result.stdout}${result.stderr}`.replace(
    /readme-line-(\d+)\.ts\((\d+),(\d+)\)/g,
    (_, start: string, line: string, column: string) =>
      `README.md:${Number(start) + Number(line) - 1}:${column}`,
  );
  expect(errors).toBe("");
  expect(result.status).toBe(0);
});

describe("every ts block of the README runs and its `// =>` values hold", () => {
  const tsx = pathToFileURL(require.resolve("tsx")).href;
  test.each(blocks.map((block) => [block.line, block] as const))(
    "the block at README.md:%i",
    (_, block) => {
      const { code, expectations } = instrument(block);
      const file = join(consumer, `run-${blockFile(block)}`);
      writeFileSync(file, code);
      const result = spawnSync(
        process.execPath,
        ["--conditions=@leaks/source", "--no-warnings", "--import", tsx, file],
        { cwd: consumer, encoding: "utf8" },
      );
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(`readme-expectations-passed: ${expectations}\n`);
    },
  );
});

// That the README links nothing relatively (npm's page could not follow it) is the package
// check's (checkReadmeLinks, for both packages).
test("the files the README names by path are shipped", () => {
  const files: string[] = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).files;
  const named = [...readme.matchAll(/`((?:docs|json-schema)\/[^`*]+\.(?:md|json))`/g)].map(
    (match) => match[1] ?? "",
  );
  expect(named).toContain("docs/problem-codes.md");
  for (const path of named) {
    expect(existsSync(join(root, path)), `${path} exists`).toBe(true);
    expect(
      files.some((entry) => path.startsWith(`${entry}/`) || path === entry),
      path,
    ).toBe(true);
  }
});
