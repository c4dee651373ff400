import * as z from "zod";
import { COUNTRY_CODES } from "../generated/country-codes.js";

/** An ISO 3166-1 alpha-2 country code, upper case: `US`, `IL`, `GB`, `UA`, `KR`, `RU`. */
export const CountryCode = z
  .enum(COUNTRY_CODES, {
    message: "expected an ISO 3166-1 alpha-2 country code in upper case, e.g. US, IL, GB",
  })
  .describe("An ISO 3166-1 alpha-2 country code, e.g. US, IL, GB, UA, KR, RU.");
export type CountryCode = z.output<typeof CountryCode>;
