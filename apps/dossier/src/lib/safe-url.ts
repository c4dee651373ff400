/**
 * Returns the URL only if it is an absolute http(s) URL. The schema already refuses anything
 * else; this second check keeps a link inert even if unvalidated text ever reached a page.
 */
export function safeHttpUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}
