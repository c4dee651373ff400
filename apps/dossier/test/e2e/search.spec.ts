import { expect, type Page, test } from "@playwright/test";
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

/** The hrefs of the results a query gives, in order, once the list is shown. */
async function resultLinks(page: Page, query: string): Promise<string[]> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole("status")).toContainText(`for “${query}”`);
  return page
    .locator(".search-results > li .search-results__title a")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
}

test("a claim is found as itself: its statement, standing and dossier, linked to its anchor", async ({
  page,
  request,
}) => {
  const dossierPath = (await sitemapPaths(request)).find((p) => /^\/incidents\/[^/]+\/$/.test(p));
  expect(dossierPath).toBeDefined();
  if (!dossierPath) return;
  await page.goto(dossierPath);
  const dossierTitle = (await page.locator("h1").textContent())?.trim() ?? "";
  const card = page.locator("article.claim").last();
  const anchor = (await card.getAttribute("id")) ?? "";
  const statement = (await card.locator(".claim__statement").textContent())?.trim() ?? "";
  const standing = (await card.locator(".claim__labels .standing").textContent())?.trim() ?? "";
  expect(anchor).toMatch(/^claim-/);
  expect(standing).not.toBe("");

  await resultLinks(page, statement);
  const result = page
    .locator(".search-results > li")
    .filter({ has: page.locator(`a[href="${dossierPath}#${anchor}"]`) });
  await expect(result).toHaveCount(1);
  await expect(result.locator(".search-results__title a")).toHaveText(statement);
  await expect(result.locator(".standing")).toHaveText(standing);
  await expect(result.locator(".search-results__in")).toHaveText(`In ${dossierTitle}`);

  // Landing on the anchor opens the claim's evidence there.
  await result.locator(".search-results__title a").click();
  await expect(page).toHaveURL(`${dossierPath}#${anchor}`);
  await expect(page.locator(`#${anchor} > details.claim__evidence`)).toHaveAttribute("open", "");
});

test("a word only in a dossier's relay chains does not rank it above the dossier about it", async ({
  page,
}) => {
  // The Snowden dossier names the Egyptian president's missile plan only in the note of a relay
  // chain (its sources cite the report); the Pentagon documents dossier is about that plan.
  const word = "Egyptian";
  await page.goto("/incidents/snowden-files/");
  await expect(page.locator(".relay-chain").filter({ hasText: word }).first()).toBeAttached();
  const outsideChains = await page.locator("article.dossier").evaluate((dossier, w) => {
    const copy = dossier.cloneNode(true) as Element;
    for (const chain of copy.querySelectorAll(".relay-chain")) chain.remove();
    return copy.textContent?.includes(w) ?? false;
  }, word);
  expect(outsideChains, `${word} is on the Snowden dossier outside its relay chains`).toBe(false);

  const links = await resultLinks(page, word);
  const dossiers = links.filter((href) => href.startsWith("/incidents/"));
  expect(dossiers[0]).toMatch(/^\/incidents\/2023-pentagon-documents-leak\//);
  expect(links).toContain("/incidents/2023-pentagon-documents-leak/");
  expect(dossiers.filter((href) => href.startsWith("/incidents/snowden-files/"))).toEqual([]);
});

test("an actor's recorded misspelling finds what the name finds", async ({ page }) => {
  // Volodymyr Zelenskyy's record keeps "Volodymyr Zelenksyy", the spelling of a source, as an alias.
  await page.goto("/actors/volodymyr-zelensky/");
  await expect(page.locator("h1")).toHaveText("Volodymyr Zelenskyy");
  await expect(page.getByText("Also written: Volodymyr Zelenksyy")).toBeVisible();

  const byName = await resultLinks(page, "Zelenskyy");
  const byAlias = await resultLinks(page, "Zelenksyy");
  expect(byName.length).toBeGreaterThan(1);
  expect(byName.length).toBeLessThan(20);
  expect([...byAlias].sort()).toEqual([...byName].sort());
  // A claim whose text spells the name only one way is found by the other too.
  expect(byAlias).toContain(
    "/incidents/2023-pentagon-documents-leak/#claim-zelensky-spying-did-not-surprise-ukrainian-officials",
  );
});
