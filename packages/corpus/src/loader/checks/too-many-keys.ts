import { defineCheck } from "./define.js";

export const tooManyKeys = defineCheck({
  code: "too-many-keys",
  scope: "yaml",
  description:
    "A mapping with more keys than any record needs (limit: 200): refused before the record is checked.",
  fixture: "too-many-keys",
});
