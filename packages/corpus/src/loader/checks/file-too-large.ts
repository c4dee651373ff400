import { defineCheck } from "./define.js";

export const fileTooLarge = defineCheck({
  code: "file-too-large",
  scope: "file",
  description: "A file over the size limit (256 KiB): a record is never that large.",
  // Made at test time: 256 kib is too large to keep in git.
  fixture: undefined,
});
