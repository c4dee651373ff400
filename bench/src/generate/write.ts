import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { RECORD_EXTENSION, recordFilePath } from "@leaks/corpus/loader";
import yaml from "js-yaml";
import {
  type CorpusOptions,
  type GeneratedRecord,
  generateCorpus,
  type RecordKind,
} from "./corpus.js";

/** Bumped whenever the generator's output changes, so cached corpora are rebuilt. */
export const GENERATOR_VERSION = 4;

export interface CorpusManifest {
  readonly generator: number;
  readonly seed: number;
  readonly incidents: number;
  readonly counts: Record<RecordKind | "snapshot", number>;
  /** Bytes of the record files (YAML), of the same records as JSON, and of the snapshots. */
  readonly bytes: { readonly yaml: number; readonly json: number; readonly snapshots: number };
}

export interface CorpusPaths {
  /** The data tree in the real layout, YAML. */
  readonly data: string;
  /** The archive folder beside it (source snapshots). */
  readonly archive: string;
  /** The same records as JSON, in the same layout: what the parse floor reads. */
  readonly json: string;
  readonly manifest: string;
}

export function corpusPaths(root: string): CorpusPaths {
  return {
    data: join(root, "data"),
    archive: join(root, "archive"),
    json: join(root, "json"),
    manifest: join(root, "manifest.json"),
  };
}

/** The record's file as the data layout of `@leaks/corpus` places it, with another extension if asked. */
function relativeFile(record: GeneratedRecord, extension: string): string {
  const yamlPath = recordFilePath(record.kind, record.id, record.folder);
  return extension === RECORD_EXTENSION
    ? yamlPath
    : `${yamlPath.slice(0, -RECORD_EXTENSION.length)}${extension}`;
}

/** The YAML a contributor would write: block style, no anchors, dates left unquoted. */
export function toYaml(record: GeneratedRecord): string {
  const body = yaml.dump(record.data, {
    schema: yaml.CORE_SCHEMA,
    noRefs: true,
    lineWidth: 100,
    quotingType: '"',
  });
  return record.comment === undefined ? body : `${record.comment}\n${body}`;
}

/** Writes a generated corpus under `root` (replacing what was there) and returns its manifest. */
export function writeCorpus(root: string, options: CorpusOptions): CorpusManifest {
  rmSync(root, { recursive: true, force: true });
  const paths = corpusPaths(root);
  const made = new Set<string>();
  const ensure = (dir: string) => {
    if (made.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  };
  const counts = { incident: 0, claim: 0, actor: 0, source: 0, snapshot: 0 };
  const bytes = { yaml: 0, json: 0, snapshots: 0 };
  for (const item of generateCorpus(options)) {
    if (item.type === "snapshot") {
      ensure(paths.archive);
      writeFileSync(join(paths.archive, item.file), item.text);
      counts.snapshot++;
      bytes.snapshots += Buffer.byteLength(item.text);
      continue;
    }
    counts[item.kind]++;
    const yamlFile = join(paths.data, relativeFile(item, ".yaml"));
    const jsonFile = join(paths.json, relativeFile(item, ".json"));
    const yamlText = toYaml(item);
    const jsonText = `${JSON.stringify(item.data, null, 2)}\n`;
    ensure(join(yamlFile, ".."));
    ensure(join(jsonFile, ".."));
    writeFileSync(yamlFile, yamlText);
    writeFileSync(jsonFile, jsonText);
    bytes.yaml += Buffer.byteLength(yamlText);
    bytes.json += Buffer.byteLength(jsonText);
  }
  const manifest: CorpusManifest = {
    generator: GENERATOR_VERSION,
    seed: options.seed,
    incidents: options.incidents,
    counts,
    bytes,
  };
  writeFileSync(paths.manifest, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
