import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { HOSTILE_SITE_URL } from "../../playwright.config";
import { HOSTILE, SITE, sitemapPaths } from "./helpers";

// The Atom feeds of the data's changes (written at build time from packages/corpus/history),
// the pages' links to them, and the release bundle on the data page.

/** What the browser's own XML parser makes of a feed: an independent check of the XML. */
async function readFeed(page: Page, request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.ok(), url).toBe(true);
  const xml = await response.text();
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const error = doc.querySelector("parsererror")?.textContent ?? null;
    const ATOM = "http://www.w3.org/2005/Atom";
    const root = doc.documentElement;
    const child = (el: Element, name: string) =>
      [...el.children].find((c) => c.namespaceURI === ATOM && c.localName === name);
    const links = (el: Element) =>
      [...el.children]
        .filter((c) => c.localName === "link")
        .map((l) => ({ rel: l.getAttribute("rel") ?? "alternate", href: l.getAttribute("href") }));
    return {
      error,
      namespace: root.namespaceURI,
      name: root.localName,
      id: child(root, "id")?.textContent ?? null,
      title: child(root, "title")?.textContent ?? null,
      updated: child(root, "updated")?.textContent ?? null,
      author: child(child(root, "author") ?? root, "name")?.textContent ?? null,
      links: links(root),
      entries: [...root.children]
        .filter((c) => c.localName === "entry")
        .map((entry) => ({
          id: child(entry, "id")?.textContent ?? null,
          title: child(entry, "title")?.textContent ?? null,
          updated: child(entry, "updated")?.textContent ?? null,
          links: links(entry),
        })),
      text,
    };
  }, xml);
}

type Feed = Awaited<ReturnType<typeof readFeed>>;

function expectAtom(feed: Feed, base: string) {
  expect(feed.error).toBeNull();
  expect(feed.namespace).toBe("http://www.w3.org/2005/Atom");
  expect(feed.name).toBe("feed");
  expect(feed.id).toBeTruthy();
  expect(feed.title).toBeTruthy();
  expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  expect(feed.author).toBe("Leaks Dossier");
  expect(feed.links.map((l) => l.rel).sort()).toEqual(["alternate", "self"]);
  for (const entry of feed.entries) {
    expect(entry.id).toMatch(/^tag:/);
    expect(entry.title).toBeTruthy();
    expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    expect(entry.links[0]?.href?.startsWith(`${base}/`)).toBe(true);
  }
}

/** The feeds a page's head names. */
async function headFeeds(page: Page): Promise<string[]> {
  return page
    .locator('head link[rel="alternate"][type="application/atom+xml"]')
    .evaluateAll((links) => links.map((l) => l.getAttribute("href") ?? ""));
}

/** A link written for the site's public address, fetched from the server the tests run. */
const served = (href: string, server: string) => `${server}${new URL(href).pathname}`;

test("the home page, each dossier and each relationship page link their feeds", async ({
  page,
  request,
}) => {
  const paths = await sitemapPaths(request);
  const pages = paths.filter(
    (p) => p === "/" || /^\/incidents\/[^/]+\/$/.test(p) || /^\/relationships\/[^/]+\/$/.test(p),
  );
  expect(pages.filter((p) => p.startsWith("/relationships/")).length).toBeGreaterThan(0);
  const seen = new Map<string, Feed>();
  for (const path of pages) {
    await page.goto(path);
    const feeds = await headFeeds(page);
    expect(
      feeds.map((href) => new URL(href).pathname),
      path,
    ).toContain("/feed.atom");
    if (path !== "/")
      expect(feeds.map((href) => new URL(href).pathname)).toContain(`${path}feed.atom`);
    for (const href of feeds) {
      if (seen.has(href)) continue;
      const feed = await readFeed(page, request, served(href, SITE));
      expectAtom(feed, new URL(href).origin);
      expect(feed.links.find((l) => l.rel === "self")?.href).toBe(href);
      seen.set(href, feed);
    }
  }
  // The whole dataset's feed lists every release's records; a dossier's, those of its own.
  const site = [...seen.entries()].find(
    ([href]) => href.endsWith("/feed.atom") && new URL(href).pathname === "/feed.atom",
  )?.[1];
  expect(site?.entries.length).toBeGreaterThan(100);
  const oval = [...seen.entries()].find(([href]) =>
    href.includes("/incidents/2017-oval-office-disclosure/"),
  )?.[1];
  expect(oval?.entries.length).toBeGreaterThan(0);
  expect(oval?.entries.length).toBeLessThan(site?.entries.length ?? 0);
  for (const entry of oval?.entries ?? [])
    expect(site?.entries.map((e) => e.id)).toContain(entry.id);
});

test("every page's footer links the changes feed; the feeds are files in out/", async ({
  page,
  request,
}) => {
  await page.goto("/about/");
  const link = page.locator(".site-footer a", { hasText: "Follow its changes (Atom)" });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute("href", "/feed.atom");
  const out = fileURLToPath(new URL("../../out/", import.meta.url));
  const paths = await sitemapPaths(request);
  const owners = paths.filter((p) => /^\/(incidents|relationships)\/[^/]+\/$/.test(p));
  for (const path of ["/", ...owners]) {
    const file = `${out}${path.slice(1)}feed.atom`;
    expect(existsSync(file), file).toBe(true);
    expect(readFileSync(file, "utf8")).toMatch(
      /^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed /,
    );
  }
});

test("the data page offers the release bundle, every file its datapackage lists", async ({
  page,
  request,
}) => {
  await page.goto("/data/");
  const links = await page
    .locator("#bundle a")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  for (const file of ["datapackage.json", "leaks-corpus.sqlite", "changes.json"])
    expect(links).toContain(`/downloads/release/${file}`);
  const datapackage = (await (
    await request.get(`${SITE}/downloads/release/datapackage.json`)
  ).json()) as { resources: { path: string; bytes: number }[] };
  expect(datapackage.resources.some((r) => r.path.endsWith(".parquet"))).toBe(true);
  for (const resource of datapackage.resources) {
    const href = `/downloads/release/${resource.path}`;
    expect(links, href).toContain(href);
    const response = await request.get(`${SITE}${href}`);
    expect(response.ok(), href).toBe(true);
    expect((await response.body()).length, href).toBe(resource.bytes);
  }
  // The releases, and the feeds of each dossier and relationship.
  await expect(page.locator("#releases")).toContainText("0.0.0");
  const feeds = await page
    .locator("#releases a")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  expect(feeds).toContain("/feed.atom");
  expect(feeds).toContain("/incidents/2017-oval-office-disclosure/feed.atom");
  expect(feeds.some((href) => /^\/relationships\/[^/]+\/feed\.atom$/.test(href))).toBe(true);
});

test("over the hostile corpus, titles with markup reach the feeds as text, at the public address", async ({
  page,
  request,
}) => {
  await page.goto(`${HOSTILE}/`);
  const [href] = await headFeeds(page);
  expect(href).toBe(`${HOSTILE_SITE_URL}/feed.atom`);
  const feed = await readFeed(page, request, `${HOSTILE}/feed.atom`);
  expectAtom(feed, HOSTILE_SITE_URL);
  expect(feed.text).not.toMatch(/localhost|127\.0\.0\.1/);
  expect(feed.text).not.toMatch(/<script|<img/i);
  const titles = feed.entries.map((e) => e.title ?? "");
  expect(titles).toContain(
    "Incident changed: Fixture incident <script>window.__xss = 'title'</script>",
  );
  expect(
    titles.some((t) => t.startsWith("Actor added: The Fixture Courier <img src=x onerror=")),
  ).toBe(true);
  expect(titles).toContain("Source removed: fixture-withdrawn-report");
  // Newest release first.
  expect(feed.entries[0]?.updated).toBe("2026-11-20T00:00:00Z");

  const incident = await readFeed(
    page,
    request,
    `${HOSTILE}/incidents/fixture-documents-posted/feed.atom`,
  );
  expectAtom(incident, HOSTILE_SITE_URL);
  expect(incident.entries.length).toBe(feed.entries.length);
  const relationship = await readFeed(
    page,
    request,
    `${HOSTILE}/relationships/fixture-state-alpha--fixture-state-beta/feed.atom`,
  );
  expect(relationship.entries.map((e) => e.title)).toEqual([
    "Claim added: State Beta asked State Alpha for a briefing.",
    "Incident changed: Fixture incident <script>window.__xss = 'title'</script>",
    "Incident added: Fixture incident <script>window.__xss = 'title'</script>",
  ]);
  // An incident with nothing in the history still has a valid feed.
  const quiet = await readFeed(
    page,
    request,
    `${HOSTILE}/incidents/fixture-oral-disclosure/feed.atom`,
  );
  expectAtom(quiet, HOSTILE_SITE_URL);
  expect(quiet.entries).toEqual([]);
});
