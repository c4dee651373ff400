import { expect, test } from "@playwright/test";
import { HOSTILE, sitemapPaths, watchForeignRequests } from "./helpers";

// The site exported over test/fixtures/hostile-corpus.json: every text field there carries
// markup, script or a `javascript:` link that must reach the reader as plain characters.

test("script payloads and javascript: links in the data render inert", async ({
  page,
  request,
}) => {
  const paths = await sitemapPaths(request, HOSTILE);
  expect(paths).toContain("/incidents/fixture-documents-posted/");
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const foreign = watchForeignRequests(page, HOSTILE);

  for (const path of [...paths, "/search/?q=fixture"]) {
    await page.goto(`${HOSTILE}${path}`);
    if (path.startsWith("/search/")) await page.locator(".search-results").waitFor();
    await page
      .locator("img")
      .evaluateAll((imgs) =>
        Promise.all(imgs.map((img) => (img as HTMLImageElement).decode().catch(() => undefined))),
      );
    // Point at and focus everything: an injected onmouseover or onfocus would fire.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll("body *")) {
        el.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
        el.dispatchEvent(new FocusEvent("focus"));
      }
    });
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss),
      path,
    ).toBeUndefined();
    expect(
      await page
        .locator('a[href^="javascript:" i], [href^="javascript:" i], [src^="javascript:" i]')
        .count(),
      path,
    ).toBe(0);
    expect(
      // The site's own charts are SVG, in a figure it marks as a chart; nothing else may be.
      await page.locator("main img, main iframe, main svg:not([data-chart] svg), main b").count(),
      `${path}: no element from the data`,
    ).toBe(0);
    for (const link of await page.locator('a[href^="http"]').all()) {
      const rel = (await link.getAttribute("rel")) ?? "";
      expect(rel, `${path}: ${await link.getAttribute("href")}`).toMatch(/noopener/);
      expect(rel).toMatch(/noreferrer/);
    }
    // Structured data stays data: it parses, and holds the payloads as strings.
    for (const text of await page.locator('script[type="application/ld+json"]').allTextContents()) {
      expect(() => JSON.parse(text), path).not.toThrow();
    }
  }
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});

test("the payloads are shown to the reader as the text they are", async ({ page }) => {
  await page.goto(`${HOSTILE}/incidents/fixture-documents-posted/`);
  await expect(page.locator("h1")).toHaveText(
    "Fixture incident <script>window.__xss = 'title'</script>",
  );
  await expect(page.locator(".summary")).toContainText("[a link](javascript:window.__xss='md')");
  await expect(page.locator(".summary")).toContainText(
    "</script><script>window.__xss='breakout'</script>",
  );
  // The quote is in its claim's evidence: open it as a reader would.
  const quote = page
    .locator("blockquote")
    .filter({ hasText: "<script>window.__xss='quote'</script>" })
    .first();
  const claim = await quote.evaluate((el) => el.closest("article.claim")?.id ?? "");
  await page.locator(`#${claim} details.claim__evidence > summary`).click();
  await expect(quote).toBeVisible();
  // The URL with a quote and a tag in it is escaped into the attribute, not out of it.
  const external = page.locator('a.external[href^="https://example.org/report"]').first();
  await expect(external).toHaveAttribute(
    "href",
    /^https:\/\/example\.org\/report\?a=%22%3E%3Cscript%3E/,
  );
  await expect(external).toHaveAttribute("rel", "noopener noreferrer external");
});

test("each page's Content-Security-Policy refuses inline script it did not ship", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text()))
      violations.push(message.text());
  });
  await page.goto(`${HOSTILE}/incidents/fixture-documents-posted/`);
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute("content");
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain("unsafe-inline");
  expect(violations, "the page's own scripts all run under the policy").toEqual([]);
  // Resolves once the image has failed to load: by then its onerror attribute has had its
  // chance to run (an inline script runs as it is added).
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const script = document.createElement("script");
        script.textContent = "window.__injected = true";
        document.body.append(script);
        const img = document.createElement("img");
        img.setAttribute("onerror", "window.__injected = true");
        img.addEventListener("error", () => resolve());
        img.src = "/no-such-image.png";
        document.body.append(img);
      }),
  );
  expect(
    await page.evaluate(() => (window as unknown as { __injected?: unknown }).__injected),
  ).toBeUndefined();
  // The browser reports what it refused on the console, in its own time.
  await expect.poll(() => violations.length).toBeGreaterThan(0);
});
