import { hash } from "node:crypto";
import { lstatSync } from "node:fs";
import { join } from "node:path";
import { parseRedirects, type Redirect } from "@leaks/schema";
import { REDIRECTS_FILE } from "../../layout.js";
import { MAX_FILE_BYTES } from "../codes.js";
import { loaderProblem, type Pending, schemaPending } from "./analyse-file.js";
import { decodeFile } from "./decode.js";
import { parseYaml } from "./parse-yaml.js";
import { readRegularFile } from "./read-file.js";
import { refusedPending } from "./refused.js";

/** What the redirects file holds: its redirects where it passed its schema, and its problems. */
export interface RedirectsAnalysis {
  readonly redirects: readonly Redirect[];
  readonly pending: readonly Pending[];
  /** The text, kept only when a problem is still to be located in it. */
  readonly text?: string;
  /** A digest of the file's bytes ("" for no file), for caches keyed on what was read. */
  readonly digest: string;
}

export const NO_REDIRECTS: RedirectsAnalysis = { redirects: [], pending: [], digest: "" };

/**
 * Checks the redirects file (`redirects.yaml`) on its own, as a record file is checked: its
 * bytes, its YAML, then its schema. An empty file has no redirects. Where anything is wrong
 * it gives none, so the corpus rules never see a half-read list.
 */
export function analyseRedirects(content: string | Uint8Array): RedirectsAnalysis {
  const rel = REDIRECTS_FILE;
  const digest = hash("sha1", content, "base64");
  const decoded = decodeFile(content);
  if (!decoded.ok) {
    const { code, message, hint, line, column } = decoded;
    return {
      redirects: [],
      pending: [{ rel, problem: loaderProblem(code, message, hint), at: { line, column } }],
      digest,
    };
  }
  const { text } = decoded;
  const pending: Pending[] = [];
  if (decoded.hadBom)
    pending.push({
      rel,
      problem: loaderProblem(
        "byte-order-mark",
        "the file starts with a byte order mark",
        "save the file as UTF-8 without a byte order mark (BOM)",
      ),
      at: { line: 1, column: 1 },
    });
  const parsed = parseYaml(text);
  for (const issue of parsed.issues) {
    const { code, message, hint } = issue;
    pending.push({
      rel,
      problem: loaderProblem(code, message, hint, issue.path ?? []),
      ...(issue.path === undefined
        ? { at: { line: issue.line ?? 1, column: issue.column ?? 1 } }
        : { locate: { path: issue.path, key: code === "forbidden-key" } }),
    });
  }
  let redirects: readonly Redirect[] = [];
  if (parsed.value !== undefined && parsed.value !== null && pending.length === 0) {
    const result = parseRedirects(parsed.value);
    if (result.ok) redirects = result.redirects;
    else pending.push(...schemaPending(rel, result.problems));
  }
  return { redirects, pending, digest, ...(pending.length > 0 ? { text } : {}) };
}

/** The redirects file of a data folder on disk; a folder without one has no redirects. */
export function readRedirects(dataDir: string): RedirectsAnalysis {
  const path = join(dataDir, REDIRECTS_FILE);
  try {
    lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return NO_REDIRECTS;
  }
  const read = readRegularFile(path, MAX_FILE_BYTES);
  if (!read.ok)
    return { redirects: [], pending: [refusedPending(REDIRECTS_FILE, read)], digest: "unread" };
  return analyseRedirects(read.bytes);
}
