import { defineCheck } from "./define.js";

export const byteOrderMark = defineCheck({
  code: "byte-order-mark",
  scope: "file",
  description: "A UTF-8 byte order mark at the start of the file.",
  fixture: "byte-order-mark",
});
