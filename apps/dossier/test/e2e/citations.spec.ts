// Citations that work outside localhost: the public address is one setting (SITE_URL), a
// production build refuses to start without it, and every citation carries the data's version,
// the day the data last changed, the permalink and the day the reader accessed the page.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { HOSTILE_SITE_URL } from "../../playwright.config";
import { HOSTILE, incidentPaths, SITE, sitemapPaths } from "./helpers";

const app = fileURLToPath(new URL("../..", import.meta.url));
const meta = JSON.parse(
  readFileSync(join(app, "..", "..", "packages", "corpus", "meta.json"), "utf8"),
) as { version: string; license: string; updated?: string };

/** Every file of an export, with its path inside it. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

test("with SITE_URL set, nothing in the exported site says localhost", async ({ page }) => {
  const out = join(app, "out-hostile");
  const text = filesOf(out).filter((file) =>
    /\.(html|xml|txt|json|js|css|webmanifest)$/.test(file),
  );
  expect(text.length).toBeGreaterThan(20);
  // An address, not the word: a URL parser in a script may name the host "localhost".
  const local = text.filter((file) =>
    /\/\/(?:localhost|127\.0\.0\.1)\b/.test(readFileSync(file, "utf8")),
  );
  expect(local.map((file) => file.slice(out.length + 1))).toEqual([]);
  // And the address is the one set: canonical links and the sitemap start with it.
  const sitemap = readFileSync(join(out, "sitemap.xml"), "utf8");
  const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
  expect(locations.length).toBeGreaterThan(5);
  for (const location of locations) expect(location).toMatch(new RegExp(`^${HOSTILE_SITE_URL}/`));
  await page.goto(`${HOSTILE}/about/`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    `${HOSTILE_SITE_URL}/about/`,
  );
});

test("a production build refuses to start without a public address, saying how to set one", () => {
  const build = (siteUrl: string | undefined) => {
    const { SITE_URL: _unset, ...env } = process.env;
    return spawnSync(process.execPath, [join(app, "scripts", "build.mjs"), "--production"], {
      cwd: app,
      env: siteUrl === undefined ? env : { ...env, SITE_URL: siteUrl },
      encoding: "utf8",
    });
  };
  const none = build(undefined);
  expect(none.status).toBe(1);
  expect(none.stderr).toContain("a production build needs the site's public address");
  expect(none.stderr).toContain("SITE_URL=https://");
  const local = build("http://localhost:3000");
  expect(local.status).toBe(1);
  expect(local.stderr).toContain("not localhost");
  const notUrl = build("dossier.example.org");
  expect(notUrl.status).toBe(1);
  expect(notUrl.stderr).toContain("SITE_URL is not a URL");
});

test("every page shows the data's version, the day it last changed and its licence", async ({
  request,
}) => {
  const paths = await sitemapPaths(request);
  expect(paths.length).toBeGreaterThan(20);
  for (const path of paths) {
    const html = await (await request.get(`${SITE}${path}`)).text();
    const footer = /<p class="site-footer__release"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1];
    expect(footer, path).toBeDefined();
    const words = footer?.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");
    expect(words, path).toContain(`Data version ${meta.version}`);
    expect(words, path).toContain(`Licence: ${meta.license}`);
    if (meta.updated !== undefined)
      expect(footer, path).toMatch(new RegExp(`<time datetime="${meta.updated}">`, "i"));
  }
});

/** The reader's day, YYYY-MM-DD, as the page's own clock says it. */
const readerDay = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

test("a dossier and each of its claims can be cited, with version, date, permalink and access date", async ({
  page,
  request,
}) => {
  const [path] = await incidentPaths(request);
  if (path === undefined) throw new Error("no incident page");
  await page.goto(path);
  const today = await page.evaluate(readerDay);

  const dossierCite = page.locator(".page-header details.cite");
  await dossierCite.locator("summary").click();
  const bibtex = dossierCite.locator("#dossier-bibtex");
  await expect(bibtex).toHaveAttribute("data-access-date", "filled");
  const entry = (await bibtex.textContent()) ?? "";
  expect(entry).toContain(`version = {${meta.version}}`);
  expect(entry).toMatch(new RegExp(`url = \\{https?://[^}]+${path}\\}`));
  expect(entry).toContain(`urldate = {${today}}`);
  if (meta.updated !== undefined) expect(entry).toContain(`date = {${meta.updated}}`);
  const csl = JSON.parse((await dossierCite.locator("#dossier-csl").textContent()) ?? "") as {
    type: string;
    version: string;
    URL: string;
    accessed: { raw: string };
    issued?: { "date-parts": number[][] };
  }[];
  expect(csl[0]?.type).toBe("dataset");
  expect(csl[0]?.version).toBe(meta.version);
  expect(new URL(csl[0]?.URL ?? "").pathname).toBe(path);
  expect(csl[0]?.accessed).toEqual({ raw: today });
  if (meta.updated !== undefined)
    expect(csl[0]?.issued?.["date-parts"][0]?.join("-")).toBe(meta.updated.replace(/-0/g, "-"));

  const claim = page.locator("article.claim").first();
  const anchor = (await claim.getAttribute("id")) ?? "";
  await claim.getByRole("link", { name: "Cite this claim" }).click();
  const claimBibtex = page.locator(`#${anchor}-bibtex`);
  await expect(claimBibtex).toHaveAttribute("data-access-date", "filled");
  const claimEntry = (await claimBibtex.textContent()) ?? "";
  expect(claimEntry).toContain(`url = {`);
  expect(claimEntry).toMatch(new RegExp(`${path}#${anchor}\\}`));
  expect(claimEntry).toContain(`version = {${meta.version}}`);
  expect(claimEntry).toContain(`urldate = {${today}}`);
});

test("without JavaScript the access date is left for the reader to fill in", async ({
  browser,
  request,
}) => {
  const [path] = await incidentPaths(request);
  if (path === undefined) throw new Error("no incident page");
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${SITE}${path}`);
  const cite = page.locator(".page-header details.cite");
  await cite.locator("summary").click();
  await expect(cite.locator("#dossier-bibtex")).toContainText("urldate = {YYYY-MM-DD}");
  await expect(cite).toContainText("The access date is the day you read this page");
  await context.close();
});
