import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { DOSSIER_ROOT } from "../repo.js";
import { type ProcessRun, runProcess } from "./process.js";

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

export interface SiteBuild {
  /** The build's own folder (Next's distDir); with `output: "export"` the pages land here. */
  readonly distDir: string;
  readonly run: ProcessRun;
}

/**
 * `next build` of the dossier app over another corpus, from clean: the site reads the corpus
 * JSON named by LEAKS_CORPUS_JSON and builds into DOSSIER_DIST_DIR, so `out/` and `.next/` of
 * the app are never touched.
 */
export async function buildSite(corpusJson: string, distDir: string): Promise<SiteBuild> {
  rmSync(distDir, { recursive: true, force: true });
  const run = await runProcess(NODE, [nextBin(), "build"], {
    cwd: DOSSIER_ROOT,
    env: {
      ...process.env,
      LEAKS_CORPUS_JSON: corpusJson,
      DOSSIER_DIST_DIR: relative(DOSSIER_ROOT, distDir),
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
    },
    timeoutMs: 30 * 60_000,
  });
  if (run.code !== 0)
    throw new Error(
      `next build failed (${run.code}):\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`,
    );
  return { distDir, run };
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

/** Where the static export of a build is: the distDir itself, or an `out/` beside it. */
export function exportRoot(build: SiteBuild): string {
  const candidates = [build.distDir, join(build.distDir, "..", "out")];
  for (const dir of candidates) if (existsSync(join(dir, "index.html"))) return dir;
  throw new Error(`no exported index.html in ${candidates.join(" or ")}`);
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
 * level 9 (as `gzip -9`), summed. Inline scripts are the page's data (the RSC payload), not code.
 */
export function firstLoadJs(root: string, page: string): PageWeight {
  const html = readFileSync(join(root, page), "utf8");
  const sources = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g))
    sources.add(match[1] as string);
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
