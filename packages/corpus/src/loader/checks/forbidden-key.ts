import { defineCheck } from "./define.js";

export const forbiddenKey = defineCheck({
  code: "forbidden-key",
  scope: "yaml",
  description: "A key such as `__proto__`, `constructor` or `prototype`, which could subvert code.",
  fixture: "forbidden-key",
});
