import * as z from "zod";
import { codePointLabel } from "./character-names.js";
import type { ProblemParams } from "./unsafe-characters.js";
import { escapeForMessage, URL_TEXT } from "./unsafe-characters.js";

/**
 * The host a URL opens, in ASCII: a host written in another script comes back in the punycode
 * (`xn--`) form the WHATWG URL parser gives it, so that a look-alike host cannot pass for the
 * one it imitates. Show this, never the host as written. Throws on text that is not a URL.
 */
export function urlHost(url: string): string {
  return new URL(url).hostname;
}

/** Whitespace a URL refuses (the other line breaks and controls are unsafe characters). */
const WHITESPACE = /[\t\n\p{Zs}]/u;

/** Refuses whitespace anywhere in a URL, where a parser would cut it, drop it or trim it. */
const noWhitespace = z.check<string>((payload) => {
  const text = payload.value;
  if (!WHITESPACE.test(text)) return;
  const chars = Array.from(text);
  const at = chars.flatMap((ch, i) => (WHITESPACE.test(ch) ? [i] : []));
  const [first = 0] = at;
  const cp = chars[first]?.codePointAt(0) ?? 0;
  const more = at.length - 1;
  // Whitespace before the first character that is not, or after the last, surrounds the URL.
  const visible = chars.flatMap((ch, i) => (WHITESPACE.test(ch) ? [] : [i]));
  const params: ProblemParams = {
    code: "invalid-format",
    hint:
      first < (visible[0] ?? Infinity) || first > (visible.at(-1) ?? -1)
        ? "delete the whitespace before and after the URL"
        : cp === 0x20
          ? "write a space inside a URL as %20"
          : "delete it",
  };
  payload.issues.push({
    code: "custom",
    input: text,
    message: `${cp === 0x20 ? "a space" : codePointLabel(cp)} at character ${first + 1}: a URL has no spaces, tabs or line breaks${more === 0 ? "" : ` (and ${more} more)`}`,
    params,
    continue: true,
  });
});

/**
 * Where the text before the host ends, as the WHATWG parser reads an http(s) URL: after the
 * scheme and any slashes, the authority runs to the first `/`, `\`, `?` or `#`, and a user
 * name (and password) in it ends at its last `@`.
 */
const USER_INFO = /^[a-z][a-z0-9+.-]*:[/\\]*[^/\\?#]*@/i;

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Refuses a user name or password before the host: `https://trusted.example@other.example/`
 * opens other.example, while a reader sees trusted.example first.
 */
const noUserInfo = z.check<string>((payload) => {
  if (!USER_INFO.test(payload.value) || !URL.canParse(payload.value)) return;
  const url = new URL(payload.value);
  const host = url.hostname;
  const user = escapeForMessage(decoded(url.username));
  const what = url.password === "" ? "a user name" : "a user name and password";
  url.username = "";
  url.password = "";
  const params: ProblemParams = {
    code: "invalid-format",
    hint: `remove everything between "//" and "@": ${escapeForMessage(url.href)}`,
  };
  payload.issues.push({
    code: "custom",
    input: payload.value,
    message:
      user === ""
        ? `the URL would open ${host}: the "@" before it starts an empty user name`
        : `the URL would open ${host}, not ${user}: what comes before "@" is ${what}`,
    params,
    continue: true,
  });
});

/**
 * An absolute http(s) URL: no `javascript:`, `data:` or other schemes, no user name before the
 * host, no whitespace, controls or invisible characters. A host in another script is accepted,
 * and its punycode (`xn--`) form, which `urlHost` gives, must be a domain name.
 */
export const HttpUrl = z
  .string()
  .check(
    URL_TEXT,
    noWhitespace,
    z.url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      message: "expected an absolute http:// or https:// URL",
    }),
    noUserInfo,
  )
  .describe("An absolute http(s) URL. Only where the URL is really known; never guessed.");
export type HttpUrl = z.output<typeof HttpUrl>;
