import { expect, test } from "@playwright/test";
import { dossierJson, incidentPaths, SITE, watchForeignRequests } from "./helpers";

test("every incident page renders its claims with their sources and quotes", async ({
  page,
  request,
}) => {
  const paths = await incidentPaths(request);
  expect(paths.length).toBeGreaterThan(0);
  const foreign = watchForeignRequests(page, SITE);
  for (const path of paths) {
    const data = await dossierJson(request, path);
    await page.goto(path);
    await expect(page.locator("h1")).toHaveText(data.incident.title);
    // What a reader sees, read from the page in one pass, against the dossier's own data.
    const rendered = await page.locator("article.claim").evaluateAll((cards) =>
      cards.map((card) => ({
        id: card.id,
        statement: card.querySelector(".claim__statement")?.textContent?.trim() ?? "",
        appearances: [...card.querySelectorAll(".appearance")].map((item) => ({
          quote: item.querySelector("blockquote")?.textContent?.trim() ?? "",
          source: item.querySelector(".appearance__source a")?.getAttribute("href") ?? "",
          visible: (item as HTMLElement).offsetHeight > 0,
        })),
      })),
    );
    const expected = data.claims.map((claim) => ({
      id: `claim-${claim.id}`,
      statement: claim.statement.trim(),
      appearances: claim.appearances.map((a) => ({
        quote: a.quote.trim(),
        source: `/sources/${a.source}/`,
        visible: true,
      })),
    }));
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(rendered.sort(byId), path).toEqual(expected.sort(byId));
  }
  expect(foreign, "nothing fetched from the network").toEqual([]);
});

test("a contested pair appears side by side", async ({ page, request }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  let found: { path: string; a: string; b: string } | undefined;
  for (const path of await incidentPaths(request)) {
    const data = await dossierJson(request, path);
    const ids = new Set(data.claims.map((c) => c.id));
    for (const claim of data.claims) {
      const other = claim.relations.find((r) => r.type === "contradicts" && ids.has(r.claim));
      if (other) found ??= { path, a: claim.id, b: other.claim };
    }
  }
  expect(found, "the corpus has two claims that contradict each other").toBeDefined();
  if (!found) return;
  await page.goto(found.path);
  const pair = page
    .locator(".contested__pair")
    .filter({ has: page.locator(`[data-claim="${found.a}"]`) })
    .filter({
      has: page.locator(`[data-claim="${found.b}"]`),
    });
  await expect(pair).toHaveCount(1);
  const [left, right] = [
    pair.locator(".contested__side").nth(0),
    pair.locator(".contested__side").nth(1),
  ];
  const a = await left.boundingBox();
  const b = await right.boundingBox();
  expect(a && b).toBeTruthy();
  if (!a || !b) return;
  expect(Math.abs(a.y - b.y), "both sides start on the same line").toBeLessThan(2);
  expect(a.x + a.width, "the first side ends before the second begins").toBeLessThanOrEqual(b.x);
  // Each side links to the full entry of its claim in the ledger.
  await expect(left.locator(".contested__statement a")).toHaveAttribute("href", /^#claim-/);
});

test("a permalink scrolls to its claim", async ({ page, request }) => {
  const [path] = await incidentPaths(request);
  expect(path).toBeDefined();
  if (!path) return;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(path);
  // The last claim of the ledger is always below the first screen.
  const anchor = await page.locator("article.claim").last().getAttribute("id");
  expect(anchor).toMatch(/^claim-/);
  await page.goto(`${path}#${anchor}`);
  const card = page.locator(`#${anchor}`);
  await expect(card).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await expect(card.locator("a.permalink")).toHaveAttribute("href", `#${anchor}`);
});

test("each claim can be cited as BibTeX and CSL-JSON, on the dossier's citations page", async ({
  page,
  request,
}) => {
  const [path] = await incidentPaths(request);
  if (!path) throw new Error("no incident");
  const data = await dossierJson(request, path);
  const claim = data.claims[0];
  if (!claim) throw new Error("no claim");
  await page.goto(path);
  await page.locator(`#claim-${claim.id}`).getByRole("link", { name: "Cite this claim" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}cite/#claim-${claim.id}$`));
  // The claim's entry is the one the link came for: in view, and the page's target.
  const card = page.locator(`#claim-${claim.id}`);
  await expect(card).toBeInViewport();
  expect(await card.evaluate((el) => el.matches(":target"))).toBe(true);
  const bibtex = card.locator(`#claim-${claim.id}-bibtex`);
  await expect(bibtex).toBeVisible();
  await expect(bibtex).toContainText(`@misc{leaks-dossier:${claim.id},`);
  await expect(bibtex).toContainText(`${path}#claim-${claim.id}`);
  const csl = JSON.parse((await card.locator(`#claim-${claim.id}-csl`).textContent()) ?? "") as {
    id: string;
    URL: string;
    title: string;
  }[];
  expect(csl[0]?.id).toBe(`leaks-dossier:${claim.id}`);
  expect(csl[0]?.title).toBe(claim.statement);
  expect(csl[0]?.URL.endsWith(`${path}#claim-${claim.id}`)).toBe(true);
});

/** The matching rule of quotes against their source: NFC, straight quotes, one space. */
function sameText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

test("a quote in a dossier opens its place in the source's archived text, highlighted", async ({
  page,
}) => {
  await page.goto("/incidents/2017-oval-office-disclosure/");
  const link = page.locator("a.quote__link").first();
  const claim = await link.evaluate((el) => el.closest("article.claim")?.id ?? "");
  await page.locator(`#${claim} details.claim__evidence > summary`).click();
  await expect(link).toBeVisible();
  const quote = sameText((await link.textContent()) ?? "");
  await link.click();
  await expect(page).toHaveURL(/\/sources\/[^/]+\/archive\/#q-/);
  const mark = page.locator("mark:target");
  await expect(mark).toBeInViewport();
  // A quote over a paragraph break is marked in parts; the target is its first.
  const marked = sameText((await mark.textContent()) ?? "");
  expect(marked.length).toBeGreaterThan(0);
  expect(quote.startsWith(marked)).toBe(true);
});
