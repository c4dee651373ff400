import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { firstLoadJs } from "../../scripts/first-load-js.mjs";
import { incidentPaths } from "./helpers";

/**
 * The weight budgets of issue "the dossier a reader trusts at a glance", held on the built site:
 * the largest dossier (Oval Office) as served, laid out and printed.
 */
const OVAL = "/incidents/2017-oval-office-disclosure/";
const OUT = fileURLToPath(new URL("../../out", import.meta.url));
const SCREEN = { width: 1280, height: 800 };

test("the largest dossier is at most 300 kB of HTML, with no second copy of the page in it", async ({
  request,
}) => {
  const html = await (await request.get(OVAL)).text();
  expect(Buffer.byteLength(html, "utf8")).toBeLessThanOrEqual(300_000);
  for (const path of await incidentPaths(request)) {
    const page = await (await request.get(path)).text();
    // The payload React hydrates from repeats the whole page; a static page has none.
    expect(page, path).not.toContain("self.__next_f");
    expect(page, path).not.toMatch(/<script[^>]*\ssrc="\/_next\//);
  }
});

test("a dossier loads no more JavaScript than 1.1 times the bare page", async ({ request }) => {
  const paths = await incidentPaths(request);
  const bare = firstLoadJs(OUT, "/about/");
  expect(bare.external).toBeGreaterThan(0);
  for (const path of paths) {
    const dossier = firstLoadJs(OUT, path);
    expect(dossier.external + dossier.inline, path).toBeLessThanOrEqual(1.1 * bare.external);
  }
});

test("the largest dossier is at most 15 screens tall at 1280 px, its evidence closed", async ({
  page,
}) => {
  await page.setViewportSize(SCREEN);
  await page.goto(OVAL);
  await expect(page.locator("details.claim__evidence[open]")).toHaveCount(0);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height / SCREEN.height).toBeLessThanOrEqual(15);
});

test("the answer comes first: what happened, how sure, impacts and the contested pairs within two screens", async ({
  page,
}) => {
  await page.setViewportSize(SCREEN);
  await page.goto(OVAL);
  for (const id of ["what-happened", "how-sure", "impacts", "contested"]) {
    const top = await page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top);
    expect(top, `#${id}`).toBeLessThan(2 * SCREEN.height);
  }
});

test("a dossier prints with its evidence open and the addresses of its links, in at most 20 pages", async ({
  page,
}) => {
  await page.goto(OVAL);
  await page.emulateMedia({ media: "print", colorScheme: "light" });
  const quote = page.locator("article.claim blockquote").first();
  await expect(quote).toBeVisible();
  const pdf = await page.pdf({ format: "A4" });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
  expect(pages).toBeGreaterThan(1);
  expect(pages).toBeLessThanOrEqual(20);
});
