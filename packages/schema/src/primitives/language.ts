import * as z from "zod";

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** A BCP 47 language tag such as `en`, `he`, `en-GB` or `zh-Hant`. */
export const LanguageTag = z
  .string()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
    message: "expected a BCP 47 language tag such as en, he or en-GB",
    abort: true,
  })
  .refine(isLanguageTag, {
    message: "not a well-formed BCP 47 language tag",
    params: { code: "invalid-language" },
  })
  .describe("A BCP 47 language tag, e.g. en, he, ru, en-GB.");
export type LanguageTag = z.output<typeof LanguageTag>;
