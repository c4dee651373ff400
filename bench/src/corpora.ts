import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  type CorpusManifest,
  type CorpusPaths,
  corpusPaths,
  GENERATOR_VERSION,
  writeCorpus,
} from "./generate/write.js";

export interface Corpus {
  readonly root: string;
  readonly paths: CorpusPaths;
  readonly manifest: CorpusManifest;
}

/** A generated corpus under `cacheDir`, written once per size, seed and generator version. */
export function ensureCorpus(
  cacheDir: string,
  incidents: number,
  seed: number,
  log: (line: string) => void,
): Corpus {
  const root = join(cacheDir, `n${incidents}-seed${seed}-g${GENERATOR_VERSION}`);
  const paths = corpusPaths(root);
  if (existsSync(paths.manifest)) {
    const manifest = JSON.parse(readFileSync(paths.manifest, "utf8")) as CorpusManifest;
    if (
      manifest.generator === GENERATOR_VERSION &&
      manifest.incidents === incidents &&
      manifest.seed === seed
    )
      return { root, paths, manifest };
  }
  log(`generating a corpus of ${incidents} incidents (seed ${seed}) in ${root}`);
  const started = performance.now();
  const manifest = writeCorpus(root, { incidents, seed });
  log(
    `  ${manifest.counts.claim} claims, ${manifest.counts.source} sources in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return { root, paths, manifest };
}

const COLLECTIONS = ["incidents", "claims", "actors", "sources"] as const;

/**
 * The corpus as one JSON file `{ incidents, claims, actors, sources }`, what the dossier site
 * reads from `LEAKS_CORPUS_JSON`.
 */
export function siteCorpusJson(corpus: Corpus): string {
  const file = join(corpus.root, "site-corpus.json");
  if (existsSync(file)) return file;
  const out: Record<string, unknown[]> = {};
  for (const collection of COLLECTIONS) {
    const records: unknown[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
        a.name.localeCompare(b.name),
      )) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else records.push(JSON.parse(readFileSync(path, "utf8")));
      }
    };
    walk(join(corpus.paths.json, collection));
    out[collection] = records;
  }
  writeFileSync(file, JSON.stringify(out));
  return file;
}
