// The public address of the site, from SITE_URL: checked before a build starts, so that a
// production export never carries localhost links and a mistyped address fails at once.

import { fileURLToPath } from "node:url";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "0.0.0.0"]);

/**
 * What is wrong with the environment's SITE_URL for this build, or undefined when it will do.
 * Any build refuses an address that is not an http(s) URL; a production build also refuses
 * none at all and a local one, since every citation, canonical link and sitemap entry of the
 * export starts with it.
 */
export function siteUrlProblem(env, { production }) {
  const value = env.SITE_URL?.trim();
  const example = "SITE_URL=https://dossier.example.org";
  if (value === undefined || value === "")
    return production
      ? `a production build needs the site's public address: set SITE_URL (e.g. ${example}); citations, canonical links and the sitemap are written with it`
      : undefined;
  let url;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL is not a URL: ${JSON.stringify(value)} (e.g. ${example})`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return `SITE_URL must be an http(s) address, not ${url.protocol} (e.g. ${example})`;
  if (url.username !== "" || url.password !== "" || url.search !== "" || url.hash !== "")
    return `SITE_URL must be an address and a path only, with no user name, query or fragment: ${value}`;
  if (production && LOCAL_HOSTS.has(url.hostname))
    return `a production build needs the site's public address, not ${url.hostname}: set SITE_URL (e.g. ${example})`;
  return undefined;
}

// `node scripts/site-url.mjs [--production]`: checks SITE_URL alone (the Pages workflow runs it
// first, so a missing repository variable stops the job before the tests, saying what to set).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const production = process.argv.includes("--production");
  const problem = siteUrlProblem(process.env, { production });
  if (problem === undefined) {
    console.log(`SITE_URL: ${process.env.SITE_URL?.trim() || "(unset: http://localhost:3000)"}`);
  } else {
    const where = process.env.GITHUB_ACTIONS
      ? " (in GitHub Actions: the repository variable SITE_URL, under Settings > Secrets and variables > Actions > Variables)"
      : "";
    console.error(`✖ ${problem}${where}`);
    process.exit(1);
  }
}
