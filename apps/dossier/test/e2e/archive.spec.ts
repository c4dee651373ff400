// Sources you can open: each archived snapshot has a page with its SHA-256 and its text, and
// every quote a claim takes from it links to its place there, marked.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { markQuotes, type TextNode } from "../../src/lib/quote-marks";
import { textFragment, withTextFragment } from "../../src/lib/text-fragment";
import { exportedSitemapPaths, HOSTILE, SITE } from "./helpers";

const app = fileURLToPath(new URL("../..", import.meta.url));

/** The loader's rule, as its own code writes it (packages/corpus loader/check/snapshots.ts). */
function normalise(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[‘’‚‛′‵＇]/g, "'")
    .replace(/[“”„‟″‶＂]/g, '"')
    .replace(/\s{2,}|[^\S ]/g, " ")
    .trim();
}

const ARCHIVE_PAGES = exportedSitemapPaths().filter((p) => /^\/sources\/[^/]+\/archive\/$/.test(p));
const sourceOf = (archivePath: string) => archivePath.replace(/archive\/$/, "");

test("the corpus's archived snapshots each have a page", () => {
  // As many pages as snapshots in the package's archive folder, which the data all name.
  expect(ARCHIVE_PAGES.length).toBeGreaterThanOrEqual(5);
});

/** The text of a quote's marks, in order: parts in one paragraph join, paragraphs by a space. */
async function markedText(page: Page, anchor: string): Promise<string> {
  return page.evaluate((id) => {
    const marks = [...document.querySelectorAll(`mark[data-quote="${id}"]`)];
    let text = "";
    let paragraph: Element | null = null;
    for (const mark of marks) {
      const p = mark.closest("p");
      text += (paragraph !== null && p !== paragraph ? " " : "") + (mark.textContent ?? "");
      paragraph = p;
    }
    return text;
  }, anchor);
}

for (const path of ARCHIVE_PAGES) {
  test(`${path} shows the SHA-256 of the file it publishes, and the whole text as text`, async ({
    page,
    request,
  }) => {
    await page.goto(path);
    const shown = (await page.locator("[data-sha256]").textContent())?.trim();
    expect(shown).toMatch(/^[0-9a-f]{64}$/);
    const raw = page.locator('a[type="text/plain"]');
    const href = await raw.getAttribute("href");
    expect(href).toMatch(/^\/archive\/.+\.txt$/);
    await expect(raw).toHaveText(href?.replace(/^\/archive\//, "") ?? "");
    const file = await request.get(`${SITE}${href}`);
    expect(file.ok()).toBe(true);
    expect(file.headers()["content-type"]).toContain("charset=utf-8");
    const bytes = await file.body();
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(shown);
    // The page's paragraphs are the file's text: nothing dropped, nothing read as markup.
    const region = page.getByRole("region", { name: "The archived text" });
    const paragraphs = await region.locator("p").allTextContents();
    expect(paragraphs.length).toBeGreaterThan(3);
    expect(normalise(paragraphs.join("\n\n"))).toBe(normalise(new TextDecoder().decode(bytes)));
    // The source page says the same hash and links here.
    await page.goto(sourceOf(path));
    await expect(page.locator("[data-sha256]")).toHaveText(shown ?? "");
    await page.getByRole("link", { name: "Read the archived text" }).first().click();
    await expect(page).toHaveURL(`${SITE}${path}`);
  });

  test(`every quote on ${sourceOf(path)} lands on its marked place in ${path}`, async ({
    page,
  }) => {
    await page.goto(sourceOf(path));
    const items = page.locator("ol.source-claims > li");
    const quotes = await items.evaluateAll((lis) =>
      lis.map((li) => ({
        quote: li.querySelector("blockquote")?.textContent ?? "",
        href:
          [...li.querySelectorAll("a")]
            .find((a) => a.textContent === "The quote in the archived text")
            ?.getAttribute("href") ?? "",
      })),
    );
    expect(quotes.length).toBeGreaterThan(0);
    for (const { href } of quotes) expect(href).toMatch(new RegExp(`^${path}#q-[a-z0-9-]+-\\d+$`));
    // Followed from the page, as a reader clicks it.
    await items.first().getByRole("link", { name: "The quote in the archived text" }).click();
    await expect(page).toHaveURL(`${SITE}${quotes[0]?.href}`);
    await expect(page.locator("mark:target")).toBeInViewport();
    // Then each by its address, one after another in one page: without the site's smooth
    // scrolling, which a next jump may interrupt before the last one has arrived.
    await page.emulateMedia({ reducedMotion: "reduce" });
    for (const { quote, href } of quotes) {
      const anchor = href.slice(href.indexOf("#") + 1);
      await page.goto(href);
      const target = page.locator("mark:target");
      await expect(target).toHaveCount(1);
      await expect(target).toHaveAttribute("id", anchor);
      await expect(target).toBeInViewport();
      // Highlighted: the target's outline, which no other mark has.
      expect(await target.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
      expect(normalise(await markedText(page, anchor)), href).toBe(normalise(quote));
    }
    expect(await page.locator("mark[id]").count()).toBe(quotes.length);
  });
}

test("a source without an address says why and links its archived text", async ({ page }) => {
  let without = 0;
  for (const path of ARCHIVE_PAGES) {
    await page.goto(sourceOf(path));
    const where = page.locator(".facts > div", { hasText: "Where to read it" }).locator("dd");
    const original = where.locator("a.external").first();
    if ((await original.count()) > 0 && !(await where.textContent())?.includes("No address")) {
      await expect(original).toHaveAttribute("href", /^https?:\/\//);
      continue;
    }
    without += 1;
    await expect(where).toContainText(
      "No address is recorded for this source: the text is kept as an archived snapshot",
    );
    await where.getByRole("link", { name: "read the archived text" }).click();
    await expect(page).toHaveURL(`${SITE}${path}`);
    await expect(
      page.locator(".facts > div", { hasText: "Where to read the original" }),
    ).toContainText("No address is recorded for this source");
  }
  // Every snapshot of the corpus today is of a source without a known address.
  expect(without).toBeGreaterThan(0);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no WCAG 2.1 AA violation on an archived text with a quote targeted (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    const path = ARCHIVE_PAGES[0] ?? "";
    await page.goto(path);
    const anchor = await page.locator("mark[id]").nth(2).getAttribute("id");
    await page.goto(`${path}#${anchor}`);
    await expect(page.locator("mark:target")).toBeInViewport();
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target)}`)).toEqual([]);
  });
}

test("archived texts fit a phone's width", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ARCHIVE_PAGES) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("without JavaScript, the archived text and its anchors work", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const path = ARCHIVE_PAGES.at(-1) ?? "";
  await page.goto(sourceOf(path));
  const link = page.getByRole("link", { name: "The quote in the archived text" }).last();
  const href = (await link.getAttribute("href")) ?? "";
  await link.click();
  await expect(page).toHaveURL(`${SITE}${href}`);
  const target = page.locator("mark:target");
  await expect(target).toHaveAttribute("id", href.slice(href.indexOf("#") + 1));
  await expect(target).toBeInViewport();
  // The list of quoted passages leads back into the text.
  const passage = page.locator("ol a[href^='#q-']").first();
  const anchor = ((await passage.getAttribute("href")) ?? "").slice(1);
  await passage.click();
  await expect(page.locator("mark:target")).toHaveAttribute("id", anchor);
  await expect(page.locator("mark:target")).toBeInViewport();
  await context.close();
});

/* Without a browser: the rule behind the marks, the links, and what stops a build. */

/** The text of each mark of a paragraph's nodes, with its anchor where it has one. */
function marks(nodes: readonly TextNode[]): { id?: string; quote: string; text: string }[] {
  const text = (n: TextNode): string => (typeof n === "string" ? n : n.children.map(text).join(""));
  return nodes.flatMap((n) =>
    typeof n === "string"
      ? []
      : [{ ...(n.id ? { id: n.id } : {}), quote: n.quote, text: text(n) }, ...marks(n.children)],
  );
}

test("quotes are marked across paragraph breaks, overlapping, and as the loader normalises", () => {
  const text = "First “line” of it,\nstill the first.\n\n  Second   paragraph here.\n\nThird.";
  const paragraphs = markQuotes(text, [
    { id: "a", quote: "of it, still the first. Second paragraph" },
    { id: "b", quote: '"line" of' },
    { id: "c", quote: "paragraph here. Third." },
  ]);
  expect(paragraphs.map(marks)).toEqual([
    [
      // "of" is in both: the anchor of a goes to its longer part, after b.
      { id: "b", quote: "b", text: "“line” of" },
      { quote: "a", text: "of" },
      { id: "a", quote: "a", text: " it,\nstill the first." },
    ],
    [
      { quote: "a", text: "Second   paragraph" },
      { id: "c", quote: "c", text: "paragraph" },
      { quote: "c", text: " here." },
    ],
    [{ quote: "c", text: "Third." }],
  ]);
  // Text outside the marks is kept as it is.
  const all = (n: TextNode): string => (typeof n === "string" ? n : n.children.map(all).join(""));
  expect(paragraphs.map((p) => p.map(all).join(""))).toEqual([
    "First “line” of it,\nstill the first.",
    "Second   paragraph here.",
    "Third.",
  ]);
  expect(() => markQuotes(text, [{ id: "x", quote: "not there" }])).toThrow(/quote x/);
  // A text kept one paragraph a line, without blank lines: its lines are its paragraphs.
  const lines = markQuotes("One line.\nTwo lines.\r\nThree.", [{ id: "l", quote: "line. Two" }]);
  expect(lines.map(marks)).toEqual([
    [{ id: "l", quote: "l", text: "line." }],
    [{ quote: "l", text: "Two" }],
    [],
  ]);
});

test("links to the original carry a text fragment, start and end for a long quote", () => {
  expect(textFragment("deep, significant - and  unprecedented & more")).toBe(
    ":~:text=deep%2C%20significant%20%2D%20and%20unprecedented%20%26%20more",
  );
  const long = "one two three four five six seven eight nine ten eleven twelve";
  expect(textFragment(long)).toBe(":~:text=one%20two%20three%20four,nine%20ten%20eleven%20twelve");
  expect(withTextFragment("https://example.org/a", "x y")).toBe(
    "https://example.org/a#:~:text=x%20y",
  );
  expect(withTextFragment("https://example.org/a#top", "x")).toBe(
    "https://example.org/a#top:~:text=x",
  );
});

test("a build stops on a snapshot whose hash or quotes are not the record's; links follow the data", async () => {
  const corpus = JSON.parse(
    readFileSync(join(app, "..", "..", "packages", "corpus", "corpus.json"), "utf8"),
  ) as {
    claims: { id: string; appearances: { source: string; quote: string }[] }[];
    sources: { id: string; url?: string; archive?: { snapshot?: string; sha256?: string } }[];
  };
  const archived = corpus.sources.filter((s) => s.archive?.snapshot !== undefined);
  const [rehashed, requoted, addressed] = archived as [
    (typeof archived)[number],
    (typeof archived)[number],
    (typeof archived)[number],
  ];
  if (rehashed.archive) rehashed.archive.sha256 = "0".repeat(64);
  const claim = corpus.claims.find((c) => c.appearances.some((a) => a.source === requoted.id));
  const appearance = claim?.appearances.findIndex((a) => a.source === requoted.id) ?? -1;
  const quoted = claim?.appearances[appearance];
  if (quoted) quoted.quote = `${quoted.quote} and words it never had`;
  // A reserved example domain (RFC 2606), only in this test's copy of the data.
  addressed.url = "https://example.org/article";
  const linked = corpus.claims.find((c) => c.appearances.some((a) => a.source === addressed.id));
  const at = linked?.appearances.findIndex((a) => a.source === addressed.id) ?? -1;

  const dir = mkdtempSync(join(tmpdir(), "archive-spec-"));
  const file = join(dir, "corpus.json");
  writeFileSync(file, JSON.stringify(corpus));
  process.env.LEAKS_CORPUS_JSON = file;
  try {
    const { getArchivePage, quoteLinks } = await import("../../src/lib/archive");
    expect(() => getArchivePage(rehashed.id)).toThrow(
      new RegExp(
        `source "${rehashed.id}": .* has SHA-256 [0-9a-f]{64}, but the record gives 0{64}`,
      ),
    );
    expect(() => getArchivePage(requoted.id)).toThrow(
      `source "${requoted.id}": the quote of claim "${claim?.id}" (appearance ${appearance}) is not in archive/`,
    );
    const links = quoteLinks(addressed.id, linked?.id ?? "", at);
    expect(links?.archived).toBe(`/sources/${addressed.id}/archive/#q-${linked?.id}-${at}`);
    expect(links?.original).toBe(
      withTextFragment("https://example.org/article", linked?.appearances[at]?.quote ?? ""),
    );
    const plain = corpus.sources.find((s) => s.archive === undefined);
    const plainClaim = corpus.claims.find((c) => c.appearances.some((a) => a.source === plain?.id));
    expect(quoteLinks(plain?.id ?? "", plainClaim?.id ?? "", 0)).toBeUndefined();
    expect(() => quoteLinks(addressed.id, linked?.id ?? "", 99)).toThrow(/does not cite/);
  } finally {
    delete process.env.LEAKS_CORPUS_JSON;
    rmSync(dir, { recursive: true, force: true });
  }
});

test("over hostile data, an archived text's page shows the payloads as text and links the original by its words", async ({
  page,
}) => {
  await page.goto(`${HOSTILE}/sources/fixture-archived-report/`);
  const original = page.getByRole("link", { name: "in the original" });
  await expect(original).toHaveAttribute(
    "href",
    /^https:\/\/example\.org\/archived\?q=%22%3E%3Cscript%3E.*#:~:text=the%20US%20was%20spying,but%20also%20on%20allies$/,
  );
  await expect(original).toHaveAttribute("rel", "noopener noreferrer external");
  await page.getByRole("link", { name: "The quote in the archived text" }).click();
  await expect(page).toHaveURL(
    `${HOSTILE}/sources/fixture-archived-report/archive/#q-fixture-beta-spied-on-1`,
  );
  await expect(page.locator("h1")).toHaveText(
    "An archived report <img src=x onerror=\"window.__xss='archive-title'\">",
  );
  await expect(page.locator("mark:target")).toHaveText(
    "the US was spying not only on its rivals but also on allies",
  );
  await expect(page.locator("mark:target")).toBeInViewport();
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss),
  ).toBeUndefined();
});
