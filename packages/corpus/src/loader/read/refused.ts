import { notRegularProblem } from "../checks/not-a-regular-file.js";
import { loaderProblem, type Pending } from "./analyse-file.js";
import { tooLargeText } from "./decode.js";
import type { Refusal } from "./read-file.js";

/** A refused read in words, for a message: "a symbolic link", "12345678 bytes"... */
export function refusalText(refusal: Refusal): string {
  if (refusal.reason === "not-regular") return `${refusal.what}, not a regular file`;
  if (refusal.reason === "too-large") return `${refusal.size} bytes, over the size limit`;
  if (refusal.reason === "through-link")
    return `reached through the symbolic link ${refusal.link}, which may lead anywhere`;
  return `unreadable (${refusal.message})`;
}

/** The problem of a record file that was not read. */
export function refusedPending(rel: string, refusal: Refusal): Pending {
  if (refusal.reason === "not-regular")
    return notRegularProblem(rel, refusal.what, "where a record file belongs");
  if (refusal.reason === "too-large") {
    const { message, hint } = tooLargeText(refusal.size);
    return {
      rel,
      problem: loaderProblem("file-too-large", message, hint),
      at: { line: 1, column: 1 },
    };
  }
  if (refusal.reason === "through-link")
    return notRegularProblem(rel, refusalText(refusal), "where a record file belongs");
  return {
    rel,
    problem: loaderProblem(
      "unreadable-file",
      `could not read the file: ${refusal.message}`,
      "check that the file exists and is readable",
    ),
  };
}
