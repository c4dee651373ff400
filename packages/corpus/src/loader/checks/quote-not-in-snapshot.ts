import { defineCheck } from "./define.js";

export const quoteNotInSnapshot = defineCheck({
  code: "quote-not-in-snapshot",
  scope: "corpus",
  description:
    "A claim's quote not verbatim in the archived snapshot (whitespace and typographic quotes aside): shows the closest passage.",
  fixture: "quote-not-in-snapshot",
});
