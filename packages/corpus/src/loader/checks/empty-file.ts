import { defineCheck } from "./define.js";

export const emptyFile = defineCheck({
  code: "empty-file",
  scope: "yaml",
  description: "A record file with no content.",
  fixture: "empty-file",
});
