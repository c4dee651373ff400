import { defineCheck, type Pending, problemOf } from "./define.js";

export const unknownEntry = defineCheck({
  code: "unknown-entry",
  scope: "tree",
  description:
    "A file or folder the data tree does not expect: only incidents/, claims/<incident-id>/, actors/ and sources/ hold records.",
  fixture: "unknown-entry",
});

/** `entry`: the outermost unexpected file or folder (folders end in `/`). */
export function unknownEntryProblem(entry: string, hint: string): Pending {
  return {
    rel: entry,
    problem: problemOf(
      unknownEntry,
      `unexpected ${entry.endsWith("/") ? "folder" : "file"} in the data folder`,
      hint,
    ),
  };
}
