import { defineCheck } from "./define.js";

export const snapshotMissing = defineCheck({
  code: "snapshot-missing",
  scope: "corpus",
  description: "A source names an archive snapshot that is not in the archive folder.",
  fixture: "snapshot-missing",
});
