import { defineCheck, type Pending, problemOf } from "./define.js";

export const wrongExtension = defineCheck({
  code: "wrong-extension",
  scope: "tree",
  description: "A record file whose name ends in something other than `.yaml`.",
  fixture: "wrong-extension",
});

export function wrongExtensionProblem(rel: string, suggestion: string): Pending {
  return {
    rel,
    problem: problemOf(wrongExtension, "record files end in .yaml", `rename it to ${suggestion}`),
  };
}
