import { defineCheck } from "./define.js";

export const anchorOrAlias = defineCheck({
  code: "anchor-or-alias",
  scope: "text",
  description:
    "A YAML anchor (`&name`) or alias (`*name`): refused, every value is written out where it is used.",
  fixture: "anchor-or-alias",
});
