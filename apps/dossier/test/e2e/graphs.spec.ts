import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, test } from "@playwright/test";

/**
 * The pictures drawn at build time: who relayed whom (in a claim's evidence, and a page per
 * incident) and the matrix of affected relationships; what a reader sees of each, and that
 * none of them needs a script.
 */
const OVAL = "/incidents/2017-oval-office-disclosure/";
const PENTAGON = "/incidents/2023-pentagon-documents-leak/";
/** Quoted through The New York Times by two sources: its chains part. */
const PARTING = "oval-office-intel-israeli-sourced";
/** One quote, one chain: a line of text says it all. */
const STRAIGHT = "dermer-full-confidence-in-intelligence-sharing";

/** A box's name as drawn: the start of the label, cut with "…" where it is long. */
function drawnAs(label: string, box: string): boolean {
  return box.endsWith("…") ? label.startsWith(box.slice(0, -1).trimEnd()) : label === box;
}

async function texts(locator: Locator): Promise<string[]> {
  return (await locator.allTextContents()).map((text) => text.trim());
}

test("a claim whose chains part is drawn in its evidence: a box for each link of its chains, arrows between", async ({
  page,
}) => {
  await page.goto(OVAL);
  const card = page.locator(`#claim-${PARTING}`);
  await card.locator("summary").first().click();
  const figure = card.locator('figure[data-chart="relays-claim"]');
  await expect(figure).toBeVisible();
  const chainLinks = new Set<string>();
  for (const chain of await card.locator(".appearance__chain").all())
    for (const node of await texts(chain.locator(".chain__node"))) chainLinks.add(node);
  expect(chainLinks.size).toBeGreaterThan(2);
  const boxes = await texts(figure.locator("svg text"));
  // One box for each distinct link of the chains, and each link of them has its box.
  expect(boxes).toHaveLength(chainLinks.size);
  for (const link of chainLinks)
    expect(
      boxes.some((box) => drawnAs(link, box)),
      `${link} is drawn`,
    ).toBe(true);
  // Directed edges: one fewer than the boxes at least (the chains join them all).
  const arrows = (await figure.locator("svg path").getAttribute("d"))?.match(/M/g) ?? [];
  expect(arrows.length).toBeGreaterThanOrEqual(chainLinks.size - 1);
  // The picture says nothing the text does not: it is hidden from screen readers, captioned.
  await expect(figure.locator("svg")).toHaveAttribute("aria-hidden", "true");
  await expect(figure.locator("figcaption")).toContainText("chains below");
  // And on paper, where the chains say the same, it is left out.
  await page.emulateMedia({ media: "print" });
  await expect(figure).toBeHidden();
  await expect(card.locator(".appearance__chain").first()).toBeVisible();
});

test("a claim whose chain is one straight line is not drawn", async ({ page }) => {
  await page.goto(OVAL);
  const card = page.locator(`#claim-${STRAIGHT}`);
  await expect(card).toBeAttached();
  await expect(card.locator("figure")).toHaveCount(0);
});

test("the incident's drawing has as many separate origins as the dossier says, each in words, covering every claim's origins", async ({
  page,
}) => {
  await page.goto(OVAL);
  const link = page.locator("#sources a", { hasText: "Who relayed whom" });
  const stated = Number((await link.textContent())?.match(/came from (\d+) origins?/)?.[1]);
  expect(stated).toBeGreaterThan(1);
  // Every origin a claim card names on its chains (the first source of each).
  const origins = new Set<string>();
  for (const chain of await page.locator(".appearance__chain").all()) {
    const sources = chain.locator('.chain__node a[href^="/sources/"]');
    if ((await sources.count()) > 0)
      origins.add((await sources.first().getAttribute("href")) ?? "");
  }
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${OVAL}relays/$`));
  const figure = page.locator('figure[data-chart="relays-incident"]');
  await expect(figure).toBeVisible();
  await expect(figure.locator("svg title")).toContainText(`${stated} origins`);
  await expect(figure.locator("figcaption")).toContainText(`through ${stated} origins`);
  // One band each, drawn apart, and named in its head.
  const heads = await texts(figure.locator("svg text[class]"));
  expect(heads).toHaveLength(stated);
  const bands = page.locator("li[data-origin-text]");
  await expect(bands).toHaveCount(stated);
  for (const [i, band] of (await bands.all()).entries()) {
    const voice = (await band.locator("strong").textContent()) ?? "";
    expect(drawnAs(`${i + 1}. ${voice}`, heads[i]?.replace(/ \(\d+ quotes?\)$/, "") ?? "")).toBe(
      true,
    );
  }
  // Every origin of a claim is where some band says its claims were first published.
  const firsts = new Set<string>();
  for (const band of await bands.all())
    for (const a of await band.locator(":scope > span > a").all())
      firsts.add((await a.getAttribute("href")) ?? "");
  for (const origin of origins) expect(firsts, origin).toContain(origin);
});

test("the relationships matrix gives each affected pair its effects in words and a link to its page", async ({
  page,
  request,
}) => {
  await page.goto(PENTAGON);
  const matrix = page.locator('#impacts figure[data-chart="relationships"]');
  await expect(matrix).toBeVisible();
  const impacts = page.locator("#impacts .impact-list > li");
  const expected = new Map<string, Set<string>>();
  for (const impact of await impacts.all()) {
    const href = (await impact.locator(".impact__head a").getAttribute("href")) ?? "";
    const effect = ((await impact.locator(".effect").textContent()) ?? "").trim();
    expected.set(href, (expected.get(href) ?? new Set()).add(effect));
  }
  const cells = matrix.locator("td a");
  await expect(cells).toHaveCount(expected.size);
  for (const cell of await cells.all()) {
    const href = (await cell.getAttribute("href")) ?? "";
    expect([...expected.keys()]).toContain(href);
    expect((await request.get(href)).ok(), href).toBe(true);
    const words = (await cell.textContent()) ?? "";
    for (const effect of expected.get(href) ?? []) expect(words, href).toContain(effect);
    // Its certainty in words beside each effect, not only in the swatch's outline.
    expect(words).toMatch(/\((established|reported|feared|speculated)/);
  }
  // The key says in words what each colour and outline stands for.
  const key = matrix.locator("figcaption li");
  await expect(key.filter({ hasText: "harm:" })).toContainText("trust damaged");
  await expect(key.filter({ hasText: "hollow" })).toContainText("feared or speculated");
  // A dossier whose claims touch one relationship lists it: a one-cell matrix says no more.
  await page.goto(OVAL);
  await expect(page.locator('#impacts figure[data-chart="relationships"]')).toHaveCount(0);
});

test("the relationships index has the matrix of every relationship, each cell a link to its page", async ({
  page,
}) => {
  await page.goto("/relationships/");
  const links = await page
    .locator(".actor-list a")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  const cells = await page
    .locator('figure[data-chart="relationships"] td a')
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(new Set(cells)).toEqual(new Set(links));
});

test("the pictures come as markup: no script to draw them", async ({ request }) => {
  const about = await (await request.get("/about/")).text();
  // Scripts that run: structured data (JSON-LD) is a script element that runs nothing.
  const scripts = (html: string) =>
    html.match(/<script\b(?![^>]*type="application\/ld\+json")/g)?.length ?? 0;
  for (const [path, picture] of [
    [`${OVAL}relays/`, "<svg"],
    [`${PENTAGON}relays/`, "<svg"],
    ["/relationships/", 'data-chart="relationships"'],
    [PENTAGON, 'data-chart="relationships"'],
  ] as const) {
    const html = await (await request.get(path)).text();
    expect(html, path).toContain(picture);
    expect(html, path).not.toContain("self.__next_f");
    expect(html, path).not.toMatch(/<script[^>]*\ssrc="\/_next\//);
    expect(scripts(html), path).toBeLessThanOrEqual(scripts(about));
  }
});

for (const colorScheme of ["light", "dark"] as const)
  test(`axe finds no WCAG 2.1 AA violation in the pictures (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const path of [`${OVAL}relays/`, PENTAGON, "/relationships/"]) {
      await page.goto(path);
      await page.locator("details.claim__evidence").evaluateAll((all) => {
        for (const details of all) (details as HTMLDetailsElement).open = true;
      });
      // The relays page whole (no other test visits it); elsewhere the pictures.
      const axe = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
      const results = await (path.endsWith("/relays/") ? axe : axe.include("figure")).analyze();
      expect(results.violations, path).toEqual([]);
    }
  });
