import { expect, test } from "@playwright/test";
import { incidentPaths } from "./helpers";

// Written where CI keeps them (test-results/), for a person to look at.
const DIR = "test-results/screenshots";

test("screenshots of the home page and a dossier", async ({ page, request }) => {
  const [incident] = await incidentPaths(request);
  if (!incident) throw new Error("no incident");
  for (const [name, width, colorScheme] of [
    ["desktop", 1280, "light"],
    ["phone", 390, "light"],
    ["desktop-dark", 1280, "dark"],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme });
    await page.goto("/");
    await page.screenshot({ path: `${DIR}/home-${name}.png`, fullPage: true });
    await page.goto(incident);
    await expect(page.locator("article.claim").first()).toBeVisible();
    await page.screenshot({ path: `${DIR}/dossier-${name}.png`, fullPage: true });
  }
  await page.emulateMedia({ media: "print", colorScheme: "light" });
  await page.setViewportSize({ width: 800, height: 1100 });
  await page.screenshot({ path: `${DIR}/dossier-print.png`, fullPage: true });
  await page.pdf({ path: `${DIR}/dossier-print.pdf`, format: "A4", printBackground: false });
});
