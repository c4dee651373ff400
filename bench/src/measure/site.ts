import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { DOSSIER_ROOT } from "../repo.js";
import { linkDependencies } from "./cli-copy.js";
import { type ProcessRun, runChecked, runProcess } from "./process.js";

const NODE = process.execPath;
const requireFromDossier = createRequire(join(DOSSIER_ROOT, "package.json"));
const requireFromBench = createRequire(import.meta.url);

function nextBin(): string {
  return join(
    resolve(requireFromDossier.resolve("next/package.json"), ".."),
    "dist",
    "bin",
    "next",
  );
}

/**
 * A private copy of the dossier app (sources, config, scripts; dependencies linked, the
 * workspace packages to the copies in `packages`), so that benchmark builds never take the
 * app's own build lock, write into its `out/` and `public/`, or see a package rebuilt mid-build.
 * It sits two levels below the repository root, like the app, so the app's config finds the
 * same workspace root.
 */
export function copyApp(target: string, packages: ReadonlyMap<string, string>): string {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(DOSSIER_ROOT, { withFileTypes: true })) {
    const name = entry.name;
    if (
      ["node_modules", ".next", "out", "test", "playwright-report", "test-results"].includes(name)
    )
      continue;
    if (name.startsWith(".next") || name.startsWith("out-") || name.endsWith(".tsbuildinfo"))
      continue;
    cpSync(join(DOSSIER_ROOT, name), join(target, name), {
      recursive: true,
      // The app's generated downloads are rewritten for each corpus by its own prepare step.
      filter: (source) =>
        !/^public\/(downloads|records)(\/|$)/.test(
          relative(DOSSIER_ROOT, source).split(sep).join("/"),
        ),
    });
  }
  linkDependencies(join(DOSSIER_ROOT, "node_modules"), join(target, "node_modules"), packages);
  return target;
}

export interface SiteBuild {
  /** The app copy the build ran in. */
  readonly app: string;
  /** The static export. */
  readonly out: string;
  readonly run: ProcessRun;
  /** HTML pages exported. */
  readonly pages: number;
  /** Next's own account of its phases, seconds: compile, static generation. */
  readonly phases: Readonly<Record<string, number>>;
}

function phasesOf(stdout: string): Record<string, number> {
  const phases: Record<string, number> = {};
  // Next prints durations as 850ms, 4.2s, 21s or 13.6min.
  const DURATION = "([\\d.]+)(ms|s|min)";
  const seconds = (value: string, unit: string) =>
    Number.parseFloat(value) * (unit === "ms" ? 0.001 : unit === "min" ? 60 : 1);
  const patterns = {
    compile: new RegExp(`Compiled successfully in ${DURATION}`),
    typescript: new RegExp(`Finished TypeScript in ${DURATION}`),
    staticGeneration: new RegExp(`Generating static pages[^\\n]*? in ${DURATION}`),
  };
  for (const [phase, pattern] of Object.entries(patterns)) {
    const match = pattern.exec(stdout);
    if (match) phases[phase] = seconds(match[1] as string, match[2] as string);
  }
  return phases;
}

function siteEnv(corpusJson: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    LEAKS_CORPUS_JSON: corpusJson,
    // A generated corpus keeps its sources' snapshots in archive/ beside its data.
    LEAKS_ARCHIVE_DIR: corpusJson === "" ? "" : join(dirname(corpusJson), "archive"),
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  };
}

/**
 * The static export of the dossier over another corpus (LEAKS_CORPUS_JSON), from clean, in a
 * copy of the app: the app's prepare step (untimed, it only copies the corpus file), then
 * `next build`, timed.
 */
export async function buildSite(
  corpusJson: string,
  app: string,
  packages: ReadonlyMap<string, string>,
): Promise<SiteBuild> {
  copyApp(app, packages);
  const env = siteEnv(corpusJson);
  const prepare = join(app, "scripts", "prepare-downloads.mjs");
  if (existsSync(prepare)) await runChecked(NODE, [prepare], { cwd: app, env });
  const run = await runProcess(NODE, [nextBin(), "build"], {
    cwd: app,
    env,
    timeoutMs: 30 * 60_000,
  });
  if (run.code !== 0)
    throw new Error(
      `next build failed (${run.code}):\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`,
    );
  const out = join(app, "out");
  return { app, out, run, pages: htmlPages(out).length, phases: phasesOf(run.stdout) };
}

/** The app's own postbuild (a CSP per page, the pagefind index), timed; undefined if it has none. */
export async function postbuildSite(
  build: SiteBuild,
  corpusJson: string,
): Promise<ProcessRun | undefined> {
  const script = join(build.app, "scripts", "postbuild.mjs");
  if (!existsSync(script)) return undefined;
  return runChecked(NODE, [script], {
    cwd: build.app,
    env: siteEnv(corpusJson),
    timeoutMs: 30 * 60_000,
  });
}

function findFiles(
  dir: string,
  predicate: (path: string) => boolean,
  out: string[] = [],
): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) findFiles(path, predicate, out);
    else if (predicate(path)) out.push(path);
  }
  return out;
}

export function htmlPages(root: string): string[] {
  return findFiles(root, (path) => path.endsWith(".html"));
}

export interface PageWeight {
  readonly page: string;
  /** Sum of the gzip (level 9) sizes of the page's scripts, kB (1000 bytes). */
  readonly kbGzip: number;
  readonly scripts: readonly { readonly src: string; readonly bytesGzip: number }[];
}

/**
 * First-load JS of an exported page: every `<script src>` of its HTML, each file gzipped at
 * level 9 (as `gzip -9`), summed. Inline scripts are the page's data (the RSC payload), not code;
 * `noModule` polyfills are skipped by every browser that runs modules.
 */
export function firstLoadJs(root: string, page: string): PageWeight {
  const html = readFileSync(join(root, page), "utf8");
  const sources = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>/g)) {
    const attributes = match[1] as string;
    const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    // noModule scripts are polyfills only browsers without modules load: not a reader's cost.
    if (src !== undefined && !/\bnomodule\b/i.test(attributes)) sources.add(src);
  }
  const scripts = [...sources].map((src) => {
    const path = join(
      root,
      decodeURI(src.replace(/^https?:\/\/[^/]+/, "").split(/[?#]/)[0] as string),
    );
    if (!existsSync(path)) throw new Error(`${page}: script ${src} is not in the export`);
    return { src, bytesGzip: gzipSync(readFileSync(path), { level: 9 }).length };
  });
  return { page, kbGzip: scripts.reduce((sum, s) => sum + s.bytesGzip, 0) / 1000, scripts };
}

/** The pagefind index of an exported site (pagefind's own CLI), timed. */
export async function indexSite(root: string): Promise<ProcessRun> {
  const pagefindBin = join(
    resolve(requireFromBench.resolve("pagefind/package.json"), ".."),
    "lib",
    "runner",
    "bin.cjs",
  );
  rmSync(join(root, "pagefind"), { recursive: true, force: true });
  const run = await runProcess(NODE, [pagefindBin, "--site", root], { timeoutMs: 30 * 60_000 });
  if (run.code !== 0 || !existsSync(join(root, "pagefind", "pagefind.js")))
    throw new Error(
      `pagefind failed (${run.code}):\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`,
    );
  return run;
}

export function sizeOf(path: string): number {
  return statSync(path).size;
}
