import { defineCheck } from "./define.js";

export const snapshotUnreadable = defineCheck({
  code: "snapshot-unreadable",
  scope: "corpus",
  description:
    "A source's archive snapshot that is a link, FIFO or device, lies in a folder reached through a link, is over the size limit (16 MiB), or cannot be read: refused without being read.",
  fixture: "snapshot-unreadable",
});
