import { defineCheck } from "./define.js";

export const unreadableFile = defineCheck({
  code: "unreadable-file",
  scope: "file",
  description: "A file that could not be read.",
  // Made at test time: a file without read permission.
  fixture: undefined,
});
