import type { RecordKind } from "@leaks/schema";
import { defineCheck, type Pending, problemOf } from "./define.js";

export const claimWrongFolder = defineCheck({
  code: "claim-wrong-folder",
  scope: "record",
  description: "A claim kept outside the folder named after its first incident.",
  fixture: "claim-wrong-folder",
});

/** A claim's first incident against the folder its file is in. */
export function claimFolderProblem(
  rel: string,
  raw: unknown,
  placement: { readonly kind: RecordKind; readonly id: string; readonly folder?: string },
): Pending | undefined {
  const { folder } = placement;
  if (folder === undefined || raw === null || typeof raw !== "object") return undefined;
  const { incidents } = raw as { incidents?: unknown };
  const first: unknown = Array.isArray(incidents) ? incidents[0] : undefined;
  if (typeof first !== "string" || first === folder) return undefined;
  return {
    rel,
    problem: problemOf(
      claimWrongFolder,
      `the claim's first incident is "${first}", but it is in claims/${folder}/`,
      `move the file to claims/${first}/, or list "${folder}" first in incidents`,
      ["incidents", 0],
      { kind: placement.kind, id: placement.id },
    ),
    locate: { path: ["incidents", 0], key: false },
  };
}
