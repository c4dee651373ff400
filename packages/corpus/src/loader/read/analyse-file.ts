import {
  type PathSegment,
  type Problem,
  parseRecord,
  type RecordKind,
  type RecordOfKind,
} from "@leaks/schema";
import { placementOf } from "../../layout.js";
import type { LoaderProblemCode } from "../codes.js";
import { decodeFile } from "./decode.js";
import { FORBIDDEN_KEYS, parseYaml } from "./parse-yaml.js";

/** A problem still to be given its file and position. */
export interface Pending {
  readonly problem: Omit<Problem, "file" | "line" | "column">;
  /** Path of the file inside the data folder, if the problem is in a file. */
  readonly rel?: string;
  readonly at?: { readonly line: number; readonly column: number };
  /** Located by path in the file's YAML; `key` points at the key rather than its value. */
  readonly locate?: { readonly path: readonly PathSegment[]; readonly key: boolean };
}

export function loaderProblem(
  code: LoaderProblemCode,
  message: string,
  hint: string,
  path: readonly PathSegment[] = [],
  record?: { kind: RecordKind; id: string },
): Pending["problem"] {
  return {
    code,
    severity: "error",
    message,
    hint,
    path,
    ...(record === undefined ? {} : { recordKind: record.kind, recordId: record.id }),
  };
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
      /**
       * The decoded text where it was plain block YAML (see ParsedYaml.block): what a digest of
       * the record as written can be taken from. Not kept by those who keep analyses.
       */
      readonly blockText?: string;
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
    return {
      type: "other",
      pending: [
        {
          rel: placement.entry,
          problem: loaderProblem(
            "unknown-entry",
            `unexpected ${placement.entry.endsWith("/") ? "folder" : "file"} in the data folder`,
            placement.hint,
          ),
        },
      ],
    };
  if (placement.type === "wrong-extension")
    return {
      type: "other",
      pending: [
        {
          rel,
          problem: loaderProblem(
            "wrong-extension",
            "record files end in .yaml",
            `rename it to ${placement.suggestion}`,
          ),
        },
      ],
    };
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
    id = checkPlacement(rel, raw, placement, pending) ?? fileId;
    const result = parseRecord(kind, raw);
    if (result.ok) record = result.record;
    else
      for (const problem of result.problems) {
        // A forbidden key is already reported as such.
        if (problem.code === "unknown-key" && FORBIDDEN_KEYS.has(String(problem.path.at(-1))))
          continue;
        pending.push({
          rel,
          problem,
          locate: { path: problem.path, key: problem.code === "unknown-key" },
        });
      }
  }
  return {
    type: "record",
    kind,
    id,
    raw,
    ...(record === undefined ? {} : { record }),
    pending,
    ...(pending.length > 0 ? { text } : {}),
    ...(parsed.block === true ? { blockText: text } : {}),
  };
}

/** The id and folder a record's content gives, against its file's place; returns its own id. */
function checkPlacement(
  rel: string,
  raw: unknown,
  placement: { kind: RecordKind; id: string; folder?: string },
  pending: Pending[],
): string | undefined {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return undefined;
  const fields = raw as { id?: unknown; incidents?: unknown };
  const entry = { kind: placement.kind, id: placement.id };
  let id: string | undefined;
  if (typeof fields.id === "string") {
    id = fields.id;
    if (fields.id !== placement.id)
      pending.push({
        rel,
        problem: loaderProblem(
          "id-mismatch",
          `the id "${fields.id}" is not the file name "${placement.id}.yaml"`,
          `rename the file to ${fields.id}.yaml, or set the id to "${placement.id}"`,
          ["id"],
          entry,
        ),
        locate: { path: ["id"], key: false },
      });
  }
  if (placement.folder !== undefined && Array.isArray(fields.incidents)) {
    const first: unknown = fields.incidents[0];
    if (typeof first === "string" && first !== placement.folder)
      pending.push({
        rel,
        problem: loaderProblem(
          "claim-wrong-folder",
          `the claim's first incident is "${first}", but it is in claims/${placement.folder}/`,
          `move the file to claims/${first}/, or list "${placement.folder}" first in incidents`,
          ["incidents", 0],
          entry,
        ),
        locate: { path: ["incidents", 0], key: false },
      });
  }
  return id;
}
