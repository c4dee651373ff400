import { fileURLToPath } from "node:url";

/** The repository root, whatever the working directory. */
export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BENCH_ROOT = fileURLToPath(new URL("..", import.meta.url));
export const LEAKS_BIN = fileURLToPath(
  new URL("../../packages/corpus/bin/leaks.js", import.meta.url),
);
export const DOSSIER_ROOT = fileURLToPath(new URL("../../apps/dossier", import.meta.url));
export const YAML_FLOOR_SCRIPT = fileURLToPath(
  new URL("../scripts/yaml-floor.mjs", import.meta.url),
);
export const PARSE_FLOOR_SCRIPT = fileURLToPath(
  new URL("../scripts/parse-floor.mjs", import.meta.url),
);
export const PEER_SCRIPT = fileURLToPath(new URL("../scripts/validate-peer.mjs", import.meta.url));
/** The JSON Schemas that @leaks/schema generates, one per record kind. */
export const JSON_SCHEMA_DIR = fileURLToPath(
  new URL("../../packages/schema/json-schema", import.meta.url),
);

/** How to run pnpm from a script: the pnpm that runs us, if any. */
export function pnpmCommand(): { command: string; prefix: string[] } {
  const execPath = process.env.npm_execpath;
  if (execPath !== undefined && execPath !== "" && /pnpm/.test(execPath))
    return /\.(c|m)?js$/.test(execPath)
      ? { command: process.execPath, prefix: [execPath] }
      : { command: execPath, prefix: [] };
  return { command: "pnpm", prefix: [] };
}
