import { expect, test } from "@playwright/test";
import { SITE, sitemapPaths } from "./helpers";

const INTERNAL_HREF = /href="(\/[^"#?]*)(?:[?#][^"]*)?"/g;

test("every page exists and is reachable by links from the home page", async ({ request }) => {
  const listed = new Set(await sitemapPaths(request));
  for (const kind of ["/", "/about/", "/data/", "/relationships/", "/actors/", "/sources/"])
    expect(listed).toContain(kind);
  for (const prefix of [
    "/incidents/",
    "/actors/",
    "/sources/",
    "/relationships/",
    "/years/",
    "/countries/",
    "/kinds/",
  ]) {
    expect(
      [...listed].some((p) => p.startsWith(prefix) && p !== prefix),
      `a page under ${prefix}`,
    ).toBe(true);
  }
  const seen = new Set<string>(["/"]);
  const queue = ["/"];
  const broken: string[] = [];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    const response = await request.get(`${SITE}${path}`);
    if (!response.ok()) {
      broken.push(`${path}: ${response.status()}`);
      continue;
    }
    if (!(response.headers()["content-type"] ?? "").includes("text/html")) continue;
    for (const match of (await response.text()).matchAll(INTERNAL_HREF)) {
      const target = match[1] ?? "";
      if (target.startsWith("/_next/") || seen.has(target)) continue;
      seen.add(target);
      queue.push(target);
    }
  }
  expect(broken).toEqual([]);
  const unreachable = [...listed].filter((path) => !seen.has(path));
  expect(unreachable, "pages no link leads to").toEqual([]);
});

test("search engines get a sitemap, robots.txt, OpenGraph and JSON-LD", async ({
  page,
  request,
}) => {
  const robots = await (await request.get(`${SITE}/robots.txt`)).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
  const paths = await sitemapPaths(request);
  const incident = paths.find((p) => /^\/incidents\/[^/]+\/$/.test(p));
  const source = paths.find((p) => /^\/sources\/[^/]+\/$/.test(p));
  if (!incident || !source) throw new Error("no incident or source page");

  const types = async () =>
    (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap((text) => {
      const data = JSON.parse(text) as { "@type"?: string; "@graph"?: { "@type": string }[] };
      return data["@graph"] ? data["@graph"].map((node) => node["@type"]) : [data["@type"]];
    });
  await page.goto(incident);
  expect(await types()).toContain("Event");
  expect(await types()).toContain("ClaimReview");
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    "content",
    (await page.locator("h1").textContent()) ?? "",
  );
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    new RegExp(`${incident}$`),
  );
  await page.goto(source);
  expect(await types()).toContain("NewsArticle");
});

test("the data page offers the corpus and the JSON Schemas", async ({ page, request }) => {
  await page.goto("/data/");
  const links = await page
    .locator(".download-list a")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  expect(links).toContain("/downloads/corpus.json");
  for (const kind of ["incident", "claim", "actor", "source"])
    expect(links).toContain(`/downloads/schema/${kind}.json`);
  for (const link of links) {
    const response = await request.get(`${SITE}${link}`);
    expect(response.ok(), link).toBe(true);
    if (link.endsWith(".json")) expect(await response.json(), link).toBeTruthy();
  }
  const corpus = (await (await request.get(`${SITE}/downloads/corpus.json`)).json()) as Record<
    string,
    unknown[]
  >;
  const incidents = (await sitemapPaths(request)).filter((p) => /^\/incidents\/[^/]+\/$/.test(p));
  expect(corpus.incidents?.length).toBe(incidents.length);
});
