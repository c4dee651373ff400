import { expect, test } from "@playwright/test";
import { sitemapPaths } from "./helpers";

test("search finds an actor by name", async ({ page, request }) => {
  const actorPath = (await sitemapPaths(request)).find((path) => /^\/actors\/[^/]+\/$/.test(path));
  expect(actorPath).toBeDefined();
  if (!actorPath) return;
  await page.goto(actorPath);
  const name = (await page.locator("h1").textContent())?.trim() ?? "";
  expect(name).not.toBe("");

  // From any page: the header's search box, submitted with the keyboard.
  await page.goto("/");
  const box = page.getByRole("searchbox", { name: "Search the dossier" }).first();
  await box.fill(name);
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=/);
  const results = page.locator(".search-results");
  await expect(results.locator(`a[href="${actorPath}"]`).first()).toBeVisible();
  await expect(page.getByRole("status")).toContainText("for");
});

test("search reports when nothing matches", async ({ page }) => {
  await page.goto("/search/?q=zzqxjvw");
  await expect(page.getByRole("status")).toHaveText("No results for “zzqxjvw”.");
});
