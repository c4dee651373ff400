import { defineCheck } from "./define.js";

export const invalidUtf8 = defineCheck({
  code: "invalid-utf8",
  scope: "file",
  description: "Bytes that are not valid UTF-8.",
  fixture: "invalid-utf8",
});
