import { defineCheck } from "./define.js";

export const nestingTooDeep = defineCheck({
  code: "nesting-too-deep",
  scope: "yaml",
  description: "Collections nested deeper than any record needs (limit: 32 levels).",
  fixture: "nesting-too-deep",
});
