import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { exportedSitemapPaths, sitemapPaths } from "./helpers";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
}

/** One page of each kind: what a reader meets. */
function pagesOfEachKind(): string[] {
  const paths = exportedSitemapPaths();
  const first = (prefix: string) => paths.find((p) => p.startsWith(prefix) && p !== prefix);
  return [
    "/",
    "/about/",
    "/data/",
    "/search/?q=intelligence",
    "/relationships/",
    "/actors/",
    "/sources/",
    first("/incidents/"),
    first("/actors/"),
    first("/sources/"),
    first("/relationships/"),
    first("/years/"),
    first("/countries/"),
    first("/kinds/"),
    "/no-such-page/",
  ].filter((p): p is string => p !== undefined);
}

const PAGES = pagesOfEachKind();

// One test per page and colour scheme: each is short, and a slow page holds up no other.
for (const colorScheme of ["light", "dark"] as const) {
  for (const path of PAGES) {
    test(`axe finds no WCAG 2.1 AA violation on ${path} (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      if (path.startsWith("/search/"))
        await page.locator(".search-results, .search-status").first().waitFor();
      expect(await violations(page), path).toEqual([]);
    });
  }
}

test("the dossier is keyboard usable", async ({ page, request }) => {
  const incident = (await sitemapPaths(request)).find(
    (p) => p.startsWith("/incidents/") && p !== "/incidents/",
  );
  if (!incident) throw new Error("no incident");
  await page.goto(incident);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);

  // The evidence of the ledger's first claim opens from the keyboard alone.
  const evidence = page.locator("article.claim details.claim__evidence").first();
  const summary = evidence.locator("summary");
  for (
    let i = 0;
    i < 400 && !(await summary.evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press("Tab");
  }
  await expect(summary).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(evidence).toHaveAttribute("open", "");
  await expect(evidence.locator("blockquote").first()).toBeVisible();
});

for (const path of PAGES) {
  test(`${path} is readable on a phone: nothing wider than the screen`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  });
}
