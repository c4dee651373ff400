import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { renderLoaderCodes } from "../scripts/render-loader-codes.js";
import { fixtureCorpus, PACKAGE_ROOT } from "./support/fixture-corpus.js";
import { runCli } from "./support/run-cli.js";

const readme = readFileSync(join(PACKAGE_ROOT, "README.md"), "utf8");

let corpus: ReturnType<typeof fixtureCorpus>;
beforeAll(() => {
  corpus = fixtureCorpus("schema-problems");
});
afterAll(() => corpus.cleanup());

describe("the README", () => {
  test("shows what `leaks validate` really prints", () => {
    const block = /```console\n\$ leaks validate\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const run = runCli(["validate", "--today", "2024-01-01"], { cwd: corpus.root });
    expect(run.stdout).toBe(block);
  });

  test("lists every loader problem code, as generated", () => {
    expect(readme).toContain(renderLoaderCodes());
  });
});
