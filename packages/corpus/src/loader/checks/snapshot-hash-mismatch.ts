import { defineCheck } from "./define.js";

export const snapshotHashMismatch = defineCheck({
  code: "snapshot-hash-mismatch",
  scope: "corpus",
  description: "The archived snapshot's SHA-256 is not the one the source gives.",
  fixture: "snapshot-hash-mismatch",
});
