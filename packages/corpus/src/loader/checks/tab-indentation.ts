import { defineCheck } from "./define.js";

export const tabIndentation = defineCheck({
  code: "tab-indentation",
  scope: "text",
  description: "A tab in the indentation of a line: YAML indents with spaces.",
  fixture: "tab-indentation",
});
