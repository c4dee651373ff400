import { defineCheck } from "./define.js";

export const yamlSyntax = defineCheck({
  code: "yaml-syntax",
  scope: "text",
  description: "Text that is not valid YAML.",
  fixture: "yaml-syntax",
});
