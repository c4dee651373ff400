import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, relative, resolve, sep } from "node:path";
import type { RecordKind } from "@leaks/schema";

const PREFIX = "# yaml-language-server: $schema=";
const MODELINE = /^# ?yaml-language-server:\s*\$schema=(\S*)\s*$/;

/** The JSON Schema of a kind, as a path relative to a record file's folder, `/`-separated. */
function schemaPathFor(kind: RecordKind, file: string): string {
  const schema = createRequire(import.meta.url).resolve(`@leaks/schema/json-schema/${kind}.json`);
  return relative(dirname(resolve(file)), schema)
    .split(sep)
    .join("/");
}

/** The first line of a record file: points editors at the JSON Schema of its kind. */
export function modelineFor(kind: RecordKind, file: string): string {
  return `${PREFIX}${schemaPathFor(kind, file)}`;
}

/**
 * True when a modeline already leads an editor to the JSON Schema of the kind: a URL, or a
 * path from the file's folder to a file of that name, as another checkout's layout may give.
 */
function leadsToSchema(modeline: string, kind: RecordKind, file: string): boolean {
  const target = MODELINE.exec(modeline)?.[1];
  if (target === undefined || basename(target) !== `${kind}.json`) return false;
  if (/^https?:\/\//.test(target)) return true;
  const path = resolve(dirname(resolve(file)), target);
  return existsSync(path) && statSync(path).isFile();
}

/** The modeline a record file should start with, given the one it has (if any). */
export function canonicalModeline(
  found: string | undefined,
  kind: RecordKind,
  file: string,
): string {
  return found !== undefined && leadsToSchema(found, kind, file) ? found : modelineFor(kind, file);
}
