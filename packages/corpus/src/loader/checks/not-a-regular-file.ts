import { defineCheck, type Pending, problemOf } from "./define.js";

export const notARegularFile = defineCheck({
  code: "not-a-regular-file",
  scope: "tree",
  description:
    "A symbolic link, FIFO, device or socket in the data folder: refused without being opened or followed.",
  // The case's make.json makes the links and the FIFO at test time.
  fixture: "not-a-regular-file",
});

/** `what`: what the entry is, in words ("a symbolic link", "a FIFO (named pipe)"). */
export function notRegularProblem(rel: string, what: string, where: string): Pending {
  return {
    rel,
    problem: problemOf(
      notARegularFile,
      `${what} ${where}: not opened`,
      "put the record file itself here; links, FIFOs and devices are never followed or read",
    ),
  };
}
