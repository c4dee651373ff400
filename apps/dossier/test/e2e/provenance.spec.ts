import { expect, type Locator, type Page, test } from "@playwright/test";
import { sitemapPaths } from "./helpers";

const DISCLOSURE = "/incidents/2017-oval-office-disclosure/";

/** What a reader sees of a claim's provenance: the count line and each appearance's chain. */
async function provenanceOf(card: Locator) {
  const independence = (
    (await card
      .locator(".claim__facts div", { hasText: "Independence" })
      .locator("dd")
      .textContent()) ?? ""
  ).trim();
  const chains: string[] = [];
  for (const chain of await card.locator(".appearance__chain").all())
    chains.push((await chain.locator(".chain__node").allTextContents()).join(" → "));
  const sources = await card.locator(".appearance__source").allTextContents();
  return { independence, chains, sources };
}

async function claimCard(page: Page, id: string): Promise<Locator> {
  await page.goto(DISCLOSURE);
  const card = page.locator(`#claim-${id}`);
  await expect(card).toBeAttached();
  return card;
}

test("a claim carried by two sources that both draw on one report has one origin, with its chain", async ({
  page,
}) => {
  const card = await claimCard(page, "oval-office-intel-israeli-sourced");
  const { independence, chains } = await provenanceOf(card);
  expect(independence).toBe(
    "2 sources, 1 independent origin (entered the record through The New York Times)",
  );
  // The officials told the Times; i24NEWS summarised the Times.
  expect(chains).toContain(
    "a current and a former American official → The New York Times → i24NEWS",
  );
  for (const chain of chains)
    expect(chain).toMatch(/^a current and a former American official → The New York Times → /);
});

test("a reader comment is its own only origin", async ({ page }) => {
  const card = await claimCard(page, "reader-comment-fake-leak");
  const { independence, chains } = await provenanceOf(card);
  expect(independence).toBe("1 source, 1 independent origin (entered the record through i24NEWS)");
  // The commenter wrote it on the page itself: no outlet stands between them.
  expect(chains).toEqual(["a reader comment on the i24NEWS page → i24NEWS"]);
});

test("no claim card counts an origin that does not carry that claim", async ({ page, request }) => {
  const dossiers = (await sitemapPaths(request)).filter(
    (path) => path.startsWith("/incidents/") && path !== "/incidents/",
  );
  expect(dossiers.length).toBeGreaterThan(0);
  let checked = 0;
  for (const path of dossiers) {
    await page.goto(path);
    for (const card of await page.locator("article.claim").all()) {
      const { independence, chains, sources } = await provenanceOf(card);
      const match =
        /^(\d+) sources?, (\d+) independent origins? \(entered the record through (.+)\)$/.exec(
          independence,
        );
      expect(match, `${path}: ${independence}`).not.toBeNull();
      const [, sourceCount, originCount, through] = match ?? [];
      // Never more independent origins than the claim has sources of its own.
      expect(Number(originCount)).toBeLessThanOrEqual(Number(sourceCount));
      // Each origin named is on one of this claim's own chains, or is one of its own sources.
      for (const origin of (through ?? "").split("; ")) {
        const carried =
          chains.some((chain) => chain.split(" → ").includes(origin)) ||
          sources.some((source) => source.includes(origin));
        expect(carried, `${path}: origin "${origin}" of ${independence}`).toBe(true);
      }
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(100);
});

test("an impact says how sure it is, and how its claims are graded", async ({ page }) => {
  await page.goto("/incidents/2023-pentagon-documents-leak/");
  const impact = page.locator(".impact", { hasText: "US officials cited by CNN fear" }).first();
  await expect(impact.locator(".certainty")).toHaveText("Feared");
  await expect(impact.locator(".impact__grades")).toContainText("graded");
  // Nothing in the seed data is established: no impact may read as if it were.
  for (const path of [DISCLOSURE, "/incidents/2023-pentagon-documents-leak/"]) {
    await page.goto(path);
    await expect(page.locator(".impact .certainty--occurred")).toHaveCount(0);
  }
});

test("a date inferred from a weekday is shown with its basis", async ({ page }) => {
  await page.goto(DISCLOSURE);
  const entry = page.locator("#timeline li", { hasText: "tell The New York Times" });
  await expect(entry.locator(".timeline__date")).toHaveText("16 May 2017");
  await expect(entry.locator(".timeline__inferred")).toContainText(
    "inferred from “revealed to the New York Times on Tuesday” in i24NEWS",
  );
});

test("a source's inferred date says so on its page", async ({ page }) => {
  await page.goto("/sources/new-york-times-israel-source-report/");
  const published = page
    .locator("dt", { hasText: "Published" })
    .locator("xpath=following-sibling::dd");
  await expect(published).toContainText("16 May 2017");
  await expect(published).toContainText("Date inferred from “on Tuesday” in i24NEWS");
});
