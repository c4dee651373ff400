import { expect, test } from "@playwright/test";
import { HOSTILE_SITE_URL } from "../../playwright.config";
import { HOSTILE } from "./helpers";

// The hostile fixture corpus carries redirects (test/fixtures/hostile-corpus.json): the claim
// fixture-beta-briefing was renamed from fixture-briefing-draft, and fixture-briefing-copy was
// merged into it; the incident fixture-documents-posted was renamed from
// fixture-posted-documents. Links made before those changes must still land.

const DOSSIER = "/incidents/fixture-documents-posted/";
const CLAIM = '[data-claim="fixture-beta-briefing"]';

test("a renamed claim's old anchor lands on the claim, its evidence open", async ({ page }) => {
  for (const old of ["fixture-briefing-draft", "fixture-briefing-copy"]) {
    await page.goto(`${HOSTILE}${DOSSIER}#claim-${old}`);
    const anchor = page.locator(`#claim-${old}`);
    await expect(anchor).toHaveCount(1);
    // The anchor is the claim's own, and the browser has scrolled the claim into view.
    await expect(page.locator(`${CLAIM} > #claim-${old}`)).toHaveCount(1);
    await expect(page.locator(CLAIM)).toBeInViewport();
    await expect(page.locator(`${CLAIM} > details.claim__evidence`)).toHaveAttribute("open", "");
  }
});

test("the cite page keeps the old anchor on the claim's entry", async ({ page }) => {
  await page.goto(`${HOSTILE}${DOSSIER}cite/#claim-fixture-briefing-draft`);
  const entry = page.locator("li#claim-fixture-beta-briefing");
  await expect(entry.locator("> #claim-fixture-briefing-draft")).toHaveCount(1);
  await expect(entry).toBeInViewport();
});

test("a renamed incident's old address leads to its dossier", async ({ page, request }) => {
  const old = "/incidents/fixture-posted-documents/";
  const response = await request.get(`${HOSTILE}${old}`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  // What a crawler and a reader without the refresh are told, with no localhost anywhere.
  expect(html).toContain('<meta name="robots" content="noindex">');
  expect(html).toContain(`<link rel="canonical" href="${HOSTILE_SITE_URL}${DOSSIER}">`);
  expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${DOSSIER}">`);
  expect(html).not.toMatch(/localhost|127\.0\.0\.1/);
  await page.goto(`${HOSTILE}${old}`);
  await page.waitForURL(`${HOSTILE}${DOSSIER}`);
  await expect(page.locator("h1")).toContainText("Fixture incident");

  // Without the refresh (as a reader who blocks it), the page links to the new address.
  const manual = await page.context().newPage();
  await manual.setContent(html.replace(/<meta http-equiv="refresh"[^>]*>/, ""));
  await expect(manual.getByRole("link", { name: DOSSIER })).toHaveAttribute("href", DOSSIER);
});

test("the old addresses are not in the sitemap", async ({ request }) => {
  const sitemap = await (await request.get(`${HOSTILE}/sitemap.xml`)).text();
  expect(sitemap).toContain(DOSSIER);
  expect(sitemap).not.toContain("fixture-posted-documents");
});
