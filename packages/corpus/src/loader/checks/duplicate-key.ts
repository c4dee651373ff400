import { defineCheck } from "./define.js";

export const duplicateKey = defineCheck({
  code: "duplicate-key",
  scope: "text",
  description: "The same key twice in one mapping.",
  fixture: "duplicate-key",
});
