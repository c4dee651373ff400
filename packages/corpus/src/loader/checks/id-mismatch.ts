import type { RecordKind } from "@leaks/schema";
import { defineCheck, type Pending, problemOf } from "./define.js";

export const idMismatch = defineCheck({
  code: "id-mismatch",
  scope: "record",
  description: "A record whose id is not its file name.",
  fixture: "id-mismatch",
});

/** The record's own id, where its content gives one. */
export function ownId(raw: unknown): string | undefined {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return undefined;
  const { id } = raw as { id?: unknown };
  return typeof id === "string" ? id : undefined;
}

/** The record's own id against its file name. */
export function idMismatchProblem(
  rel: string,
  raw: unknown,
  placement: { readonly kind: RecordKind; readonly id: string },
): Pending | undefined {
  const id = ownId(raw);
  if (id === undefined || id === placement.id) return undefined;
  return {
    rel,
    problem: problemOf(
      idMismatch,
      `the id "${id}" is not the file name "${placement.id}.yaml"`,
      `rename the file to ${id}.yaml, or set the id to "${placement.id}"`,
      ["id"],
      { kind: placement.kind, id: placement.id },
    ),
    locate: { path: ["id"], key: false },
  };
}
