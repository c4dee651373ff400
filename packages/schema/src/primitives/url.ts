import * as z from "zod";

/** An absolute http(s) URL: no `javascript:`, `data:` or other schemes. */
export const HttpUrl = z
  .url({
    protocol: /^https?$/,
    hostname: z.regexes.domain,
    message: "expected an absolute http:// or https:// URL",
  })
  .describe("An absolute http(s) URL. Only where the URL is really known; never guessed.");
export type HttpUrl = z.output<typeof HttpUrl>;
