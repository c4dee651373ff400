import {
  type PathSegment,
  type Problem,
  parseRecord,
  type RecordKind,
  type RecordOfKind,
} from "@leaks/schema";
import { placementOf } from "../../layout.js";
import { claimFolderProblem } from "../checks/claim-wrong-folder.js";
import { type Pending, problemOf } from "../checks/define.js";
import { idMismatchProblem, ownId } from "../checks/id-mismatch.js";
import { unknownEntryProblem } from "../checks/unknown-entry.js";
import { wrongExtensionProblem } from "../checks/wrong-extension.js";
import { checkOf, type LoaderProblemCode } from "../codes.js";
import { decodeFile } from "./decode.js";
import { FORBIDDEN_KEYS, parseYaml } from "./parse-yaml.js";

export type { Pending } from "../checks/define.js";

/**
 * The problems a file's schema finds, to be located in its text: an unknown key that is a
 * forbidden one is left out, being reported as such already.
 */
export function schemaPending(rel: string, problems: readonly Problem[]): Pending[] {
  return problems
    .filter(
      (problem) =>
        !(problem.code === "unknown-key" && FORBIDDEN_KEYS.has(String(problem.path.at(-1)))),
    )
    .map((problem) => ({
      rel,
      problem,
      locate: { path: problem.path, key: problem.code === "unknown-key" },
    }));
}

/** A problem of the loader by its code (the check's own file says what each means). */
export function loaderProblem(
  code: LoaderProblemCode,
  message: string,
  hint: string,
  path: readonly PathSegment[] = [],
  record?: { kind: RecordKind; id: string },
): Pending["problem"] {
  return problemOf(checkOf(code), message, hint, path, record);
}

/** What one file holds, judged on its own: the cross-file checks come later. */
export type FileAnalysis =
  | {
      readonly type: "record";
      readonly kind: RecordKind;
      /** The record's own id where it has one, else the id its file name gives. */
      readonly id: string;
      readonly raw: unknown;
      readonly record?: RecordOfKind[RecordKind];
      readonly pending: readonly Pending[];
      /** The text, kept only when a problem is still to be located in it. */
      readonly text?: string;
    }
  /** Not a record file: only its problems. */
  | { readonly type: "other"; readonly pending: readonly Pending[] };

/**
 * Checks one file of the data folder on its own: where it lies, its bytes, its YAML and its
 * schema. Pure and synchronous, so that it runs alike in the main thread and in workers.
 */
export function analyseFile(rel: string, content: string | Uint8Array): FileAnalysis {
  const placement = placementOf(rel);
  if (placement.type === "unknown")
    return { type: "other", pending: [unknownEntryProblem(placement.entry, placement.hint)] };
  // The redirects file is no record: the builders read it with analyseRedirects.
  if (placement.type === "redirects") return { type: "other", pending: [] };
  if (placement.type === "wrong-extension")
    return { type: "other", pending: [wrongExtensionProblem(rel, placement.suggestion)] };
  const { kind, id: fileId } = placement;
  const entry = { kind, id: fileId };
  const pending: Pending[] = [];

  const decoded = decodeFile(content);
  if (!decoded.ok) {
    const { code, message, hint, line, column } = decoded;
    pending.push({
      rel,
      problem: loaderProblem(code, message, hint, [], entry),
      at: { line, column },
    });
    return { type: "record", kind, id: fileId, raw: undefined, pending };
  }
  const { text } = decoded;
  if (decoded.hadBom)
    pending.push({
      rel,
      problem: loaderProblem(
        "byte-order-mark",
        "the file starts with a byte order mark",
        "save the file as UTF-8 without a byte order mark (BOM)",
        [],
        entry,
      ),
      at: { line: 1, column: 1 },
    });

  const parsed = parseYaml(text);
  for (const issue of parsed.issues) {
    const { code, message, hint } = issue;
    pending.push({
      rel,
      problem: loaderProblem(code, message, hint, issue.path ?? [], entry),
      ...(issue.path === undefined
        ? { at: { line: issue.line ?? 1, column: issue.column ?? 1 } }
        : { locate: { path: issue.path, key: code === "forbidden-key" } }),
    });
  }
  const raw = parsed.value;
  let id = fileId;
  let record: RecordOfKind[RecordKind] | undefined;
  if (raw !== undefined) {
    const idProblem = idMismatchProblem(rel, raw, placement);
    if (idProblem !== undefined) pending.push(idProblem);
    const folderProblem = claimFolderProblem(rel, raw, placement);
    if (folderProblem !== undefined) pending.push(folderProblem);
    id = ownId(raw) ?? fileId;
    const result = parseRecord(kind, raw);
    if (result.ok) record = result.record;
    else pending.push(...schemaPending(rel, result.problems));
  }
  return {
    type: "record",
    kind,
    id,
    raw,
    ...(record === undefined ? {} : { record }),
    pending,
    ...(pending.length > 0 ? { text } : {}),
  };
}
