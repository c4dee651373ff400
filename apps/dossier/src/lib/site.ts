// Site-wide settings read once at build time.
import { safeHttpUrl } from "./safe-url";

/** Where the export will be served; absolute URLs (sitemap, OpenGraph, citations) start here. */
export const SITE_URL = (process.env.SITE_URL?.trim() || "http://localhost:3000").replace(
  /\/+$/,
  "",
);

export const SITE_NAME = "Leaks Dossier";

export const SITE_DESCRIPTION =
  "An open, source-attributed record of incidents in which classified intelligence leaked, and of what each did to relations between allies.";

/**
 * The repository's web home (e.g. https://github.com/owner/repo), set where the site is
 * deployed; without it the site names the record file instead of linking to an editor.
 */
export const REPOSITORY_URL = safeHttpUrl(process.env.LEAKS_REPOSITORY_URL)?.replace(/\/+$/, "");

export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path}`;
}
