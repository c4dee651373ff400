/**
 * The packages as a consumer gets them: both packed, installed with plain npm in an empty
 * folder, then timed and bundled there. What it measures: a whole process importing the data
 * entry against one that parses corpus.json, the bundle esbuild makes of `import { Claim }`
 * against the whole schema package, and the tarballs' sizes.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { bundleOf, SCHEMA_IMPORTS } from "../../../scripts/lib/bundle-size.mjs";
import { npmInstall, pack } from "../../../scripts/lib/package-check.mjs";
import { REPO_ROOT } from "../repo.js";
import { type Summary, summarise } from "../stats.js";
import { runProcess } from "./process.js";

export interface BundleFigure {
  readonly kb: number;
  readonly gzipKb: number;
}

export interface PackageFigures {
  readonly importDataMs: Summary;
  readonly importJsonMs: Summary;
  readonly claim: BundleFigure;
  readonly whole: BundleFigure;
  readonly claimWithZod: BundleFigure;
  readonly wholeWithZod: BundleFigure;
  readonly corpusTarballKb: number;
  readonly schemaTarballKb: number;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** A consumer folder with both tarballs (and zod, their peer) installed by npm. */
function installConsumer(dir: string): { corpus: string; schema: string } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const schema = pack(join(REPO_ROOT, "packages", "schema"), dir);
  const corpus = pack(join(REPO_ROOT, "packages", "corpus"), dir);
  const zod = JSON.parse(readFileSync(join(REPO_ROOT, "packages/schema/package.json"), "utf8"))
    .devDependencies.zod as string;
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({
      name: "bench-consumer",
      private: true,
      type: "module",
      dependencies: { "@leaks/corpus": `file:${corpus}`, zod },
      overrides: { "@leaks/schema": `file:${schema}` },
    }),
  );
  npmInstall(dir);
  return { corpus, schema };
}

const IMPORT_DATA =
  'import { incidents } from "@leaks/corpus"; if (!incidents.length) process.exit(1);';
const PARSE_JSON = [
  'import { readFileSync } from "node:fs";',
  'const path = new URL(import.meta.resolve("@leaks/corpus/corpus.json"));',
  "const { incidents } = JSON.parse(readFileSync(path, 'utf8'));",
  "if (!incidents.length) process.exit(1);",
].join(" ");

async function timeProcess(cwd: string, source: string): Promise<number> {
  const run = await runProcess(process.execPath, ["--input-type=module", "-e", source], { cwd });
  if (run.code !== 0) throw new Error(`node -e exited ${run.code}: ${run.stderr}`);
  return run.wallMs;
}

export async function measurePackages(workDir: string, runs: number): Promise<PackageFigures> {
  const dir = join(workDir, "consumer");
  const tarballs = installConsumer(dir);
  // Interleaved, so that a busy moment of the machine falls on both alike; one warm-up each.
  await timeProcess(dir, IMPORT_DATA);
  await timeProcess(dir, PARSE_JSON);
  const data: number[] = [];
  const json: number[] = [];
  for (let run = 0; run < runs; run++) {
    data.push(await timeProcess(dir, IMPORT_DATA));
    json.push(await timeProcess(dir, PARSE_JSON));
  }
  const require = createRequire(join(REPO_ROOT, "packages/schema/package.json"));
  const esbuild = await import(require.resolve("esbuild"));
  const installed = join(dir, "node_modules", "@leaks", "schema");
  const figure = async (source: string, withZod: boolean): Promise<BundleFigure> => {
    const { bytes, gzipBytes } = await bundleOf(esbuild, installed, source, { withZod });
    return { kb: kb(bytes), gzipKb: kb(gzipBytes) };
  };
  return {
    importDataMs: summarise(data),
    importJsonMs: summarise(json),
    claim: await figure(SCHEMA_IMPORTS.claim, false),
    whole: await figure(SCHEMA_IMPORTS.whole, false),
    claimWithZod: await figure(SCHEMA_IMPORTS.claim, true),
    wholeWithZod: await figure(SCHEMA_IMPORTS.whole, true),
    corpusTarballKb: kb(statSync(tarballs.corpus).size),
    schemaTarballKb: kb(statSync(tarballs.schema).size),
  };
}
