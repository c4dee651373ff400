import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium } from "playwright-core";
import sirv from "sirv";

/** Debian's Chromium (Playwright cannot download its own browser here). */
export function chromiumPath(): string | undefined {
  const candidates = [
    process.env.CHROMIUM_PATH,
    "/usr/bin/chromium",
    "/usr/lib/chromium/chromium",
    "/usr/bin/chromium-browser",
  ];
  return candidates.find(
    (path): path is string => path !== undefined && path !== "" && existsSync(path),
  );
}

// Without the background-networking flags Chromium floods a closed network with connections.
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function serve(root: string): Promise<{ server: Server; url: string }> {
  const handler = sirv(root, { dev: false, etag: true, extensions: ["html"] });
  const server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end("not found");
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export interface SearchTimings {
  /** Milliseconds per query, from `search()` to its ranked list of results. */
  readonly samples: readonly number[];
  /** The same, until the data (title, excerpt) of the first five results is loaded too. */
  readonly withResults: readonly number[];
  /** Results found per query. */
  readonly results: readonly number[];
}

/**
 * Queries the site's pagefind index in a real Chromium page: one warm-up query, then each query
 * once, timed to its ranked results and to the data of the first five.
 */
export async function timeSearch(root: string, queries: readonly string[]): Promise<SearchTimings> {
  const executablePath = chromiumPath();
  if (executablePath === undefined)
    throw new Error("no Chromium found: install Debian's chromium or set CHROMIUM_PATH");
  const { server, url } = await serve(root);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/`);
    // Plain JavaScript text: a function compiled by tsx would carry helpers the page lacks.
    const timings = (await page.evaluate(`(async (list) => {
      const pagefind = await import(location.origin + "/pagefind/pagefind.js");
      await pagefind.init();
      const run = async (query) => {
        const started = performance.now();
        const search = await pagefind.search(query);
        const searched = performance.now();
        await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
        return { ms: searched - started, withResults: performance.now() - started, count: search.results.length };
      };
      await run("warm up");
      const samples = [];
      const withResults = [];
      const results = [];
      for (const query of list) {
        const { ms, withResults: withResultsMs, count } = await run(query);
        samples.push(ms);
        withResults.push(withResultsMs);
        results.push(count);
      }
      return { samples, withResults, results };
    })(${JSON.stringify(queries)})`)) as SearchTimings;
    return timings;
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
