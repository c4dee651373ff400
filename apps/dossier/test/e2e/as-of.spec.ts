import { expect, type Page, test } from "@playwright/test";
import { dossierJson, HOSTILE, incidentPaths, SITE } from "./helpers";

interface CardState {
  id: string;
  known: string;
  group: string;
  hidden: boolean;
  undated: boolean;
}

function cardStates(page: Page): Promise<CardState[]> {
  return page.locator("article.claim[data-claim]").evaluateAll((cards) =>
    cards.map((card) => {
      const element = card as HTMLElement;
      const group = element.closest("[data-claim-group]") as HTMLElement | null;
      return {
        id: element.dataset.claim ?? "",
        known: element.dataset.knownFrom ?? "",
        group: group?.dataset.claimGroup ?? "",
        hidden: element.hidden,
        undated: element.hasAttribute("data-undated-shown"),
      };
    }),
  );
}

/** A dossier whose claims were first published on different days, and those days. */
async function datedDossier(page: Page, request: Parameters<typeof incidentPaths>[0]) {
  for (const base of [SITE, HOSTILE]) {
    for (const path of await incidentPaths(request, base)) {
      await page.goto(`${base}${path}`);
      const days = [...new Set((await cardStates(page)).map((card) => card.known))]
        .filter((day) => day !== "")
        .sort();
      if (days.length >= 2) return { base, path, days };
    }
  }
  throw new Error("no dossier whose claims were first published on different days");
}

/** What rests only on claims later than the day is marked later; nothing else is. */
async function expectRestingOnClaims(page: Page, later: ReadonlySet<string>) {
  const parts = await page.locator("[data-rests-on]").evaluateAll((all) =>
    all.map((element) => ({
      ids: (element.getAttribute("data-rests-on") ?? "").split(" ").filter(Boolean),
      later: element.hasAttribute("data-later"),
      tag: element.tagName,
      shown: (element as HTMLElement).getClientRects().length > 0,
    })),
  );
  expect(parts.length).toBeGreaterThan(0);
  for (const part of parts) {
    const allLater = part.ids.length > 0 && part.ids.every((id) => later.has(id));
    expect(part.later, `${part.tag} resting on ${part.ids.join(", ")}`).toBe(allLater);
    // Timeline events and impacts go; summary sentences stay, greyed.
    if (part.tag === "LI" && allLater) expect(part.shown).toBe(false);
  }
}

test("'As known on' offers every day the dossier's sources give, and a button for each day a claim appears", async ({
  page,
  request,
}) => {
  const { days } = await datedDossier(page, request);
  const input = page.locator("#as-of-day");
  await expect(input).toBeVisible();
  const min = (await input.getAttribute("min")) ?? "";
  const max = (await input.getAttribute("max")) ?? "";
  expect(min <= (days[0] ?? "")).toBe(true);
  expect(max >= (days.at(-1) ?? "")).toBe(true);
  expect(min < max).toBe(true);
  const steps = page.locator("[data-as-of] button[data-day]");
  expect(await steps.evaluateAll((all) => all.map((b) => (b as HTMLElement).dataset.day))).toEqual(
    days,
  );
  await expect(page.locator("#as-of-help")).toContainText("Its sources give dates from");
});

test("a day filters the claims, keeps the undated ones said to be undated, and the counts and the chart follow", async ({
  page,
  request,
}) => {
  const { days } = await datedDossier(page, request);
  const day = days[0] ?? "";
  const all = await cardStates(page);
  await page.locator(`[data-as-of] button[data-day="${day}"]`).click();
  await expect(page).toHaveURL(new RegExp(`as-of=${day}`));
  await expect(page.locator(`[data-as-of] button[data-day="${day}"]`)).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  const states = await cardStates(page);
  for (const card of states) {
    const later = card.known !== "" && card.known > day;
    expect(card.hidden, card.id).toBe(later);
    expect(card.undated, card.id).toBe(card.known === "");
  }
  const shown = states.filter((card) => !card.hidden);
  const undated = states.filter((card) => card.known === "");
  expect(shown.length).toBeLessThan(all.length);
  for (const card of undated)
    await expect(page.locator(`#claim-${card.id} .claim__brief`)).toContainText("undated");

  // The header's count, the status line, each group's count and the standing chart agree.
  await expect(page.locator("[data-as-of-count='claims']")).toHaveText(
    `${shown.length} of ${all.length} claims`,
  );
  const status = page.locator("[data-as-of] [role='status']");
  await expect(status).toContainText(`${states.filter((c) => !c.hidden).length - undated.length}`);
  await expect(status).toContainText(`${all.length - shown.length} published later`);
  if (undated.length > 0) await expect(status).toContainText(`${undated.length} undated`);
  const byGroup = new Map<string, number>();
  for (const card of shown) byGroup.set(card.group, (byGroup.get(card.group) ?? 0) + 1);
  const key = await page
    .locator("figure[data-chart='standing'] strong[data-group]")
    .evaluateAll((all) =>
      all.map((s) => [(s as HTMLElement).dataset.group ?? "", Number(s.textContent)] as const),
    );
  for (const [group, n] of key) expect(n, group).toBe(byGroup.get(group) ?? 0);
  const widths = await page
    .locator("figure[data-chart='standing'] rect[data-group]")
    .evaluateAll((all) =>
      all.map(
        (r) =>
          [(r as SVGRectElement).dataset.group ?? "", Number(r.getAttribute("width"))] as const,
      ),
    );
  const viewWidth = await page
    .locator("figure[data-chart='standing'] svg")
    .evaluate((svg) => (svg as SVGSVGElement).viewBox.baseVal.width);
  for (const [group, width] of widths)
    expect(width).toBeCloseTo(((byGroup.get(group) ?? 0) / shown.length) * viewWidth, 3);
  await expect(page.locator("figure[data-chart='standing'] svg title")).toContainText(
    `${shown.length} claims`,
  );
  for (const [group, n] of byGroup)
    await expect(page.locator(`[data-group-count="${group}"]`).first()).toHaveText(
      new RegExp(`^\\(${n} of \\d+\\)$`),
    );

  // Summary sentences, timeline events and marks, impacts: later only if all their claims are.
  const later = new Set(states.filter((card) => card.hidden).map((card) => card.id));
  await expectRestingOnClaims(page, later);

  // Both sides of every contested pair stay; a later side says so.
  for (const side of await page.locator(".contested__side[data-claim]").all()) {
    await expect(side).toBeVisible();
    const id = (await side.getAttribute("data-claim")) ?? "";
    if (later.has(id)) await expect(side).toContainText("Not yet published on");
    else await expect(side).not.toContainText("Not yet published on");
  }

  // "Show all" gives back the page as served.
  await page.getByRole("button", { name: "Show all" }).click();
  await expect(page).not.toHaveURL(/as-of=/);
  await expect(page.locator("[data-as-of-count='claims']")).toHaveText(`${all.length} claims`);
  expect((await cardStates(page)).every((card) => !card.hidden && !card.undated)).toBe(true);
  await expect(page.locator("[data-later]")).toHaveCount(0);
  await expect(page.locator(".as-of-note")).toHaveCount(0);
});

test("the chosen day survives a reload", async ({ page, request }) => {
  const { base, path, days } = await datedDossier(page, request);
  const day = days[0] ?? "";
  await page.goto(`${base}${path}?as-of=${day}`);
  await expect(page.locator("#as-of-day")).toHaveValue(day);
  const states = await cardStates(page);
  for (const card of states) expect(card.hidden).toBe(card.known !== "" && card.known > day);
});

test("each sentence of a summary links to the claims it rests on, and a link opens the claim", async ({
  page,
  request,
}) => {
  let checked = 0;
  for (const path of await incidentPaths(request)) {
    const data = await dossierJson(request, path);
    const incident = data.incident as unknown as {
      summary: string;
      summaryBasis: { sentence: string; claims: string[] }[];
    };
    await page.goto(path);
    const summary = page.locator("#what-happened .summary");
    // The text reads as the record's summary, the claim numbers aside.
    const text = await summary.evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      for (const refs of copy.querySelectorAll(".summary__refs")) refs.remove();
      const paragraphs = [...copy.querySelectorAll("p")].map((p) => p.textContent ?? "");
      return paragraphs.join(" ").replace(/\s+/g, " ").trim();
    });
    expect(text).toBe(incident.summary.replace(/\s+/g, " ").trim());
    if (incident.summaryBasis.length === 0) continue;
    const sentences = summary.locator(".summary__sentence");
    await expect(sentences).toHaveCount(incident.summaryBasis.length);
    for (const [i, basis] of incident.summaryBasis.entries()) {
      const links = sentences.nth(i).locator(".summary__refs a");
      const targets = await links.evaluateAll((all) =>
        all.map((a) => (a.getAttribute("href") ?? "").replace("#claim-", "")),
      );
      expect(targets.sort()).toEqual([...basis.claims].sort());
      for (const link of await links.all()) {
        const number = (await link.textContent()) ?? "";
        const target = page.locator((await link.getAttribute("href")) ?? "");
        await expect(target.locator(".claim__number")).toHaveText(`Claim ${number}`);
      }
    }
    checked += 1;
  }
  expect(checked, "dossiers whose summary has a basis").toBeGreaterThan(0);

  // A link lands on its claim with the evidence open.
  const [path] = await incidentPaths(request);
  await page.goto(path ?? "/");
  const first = page.locator("#what-happened .summary__refs a").first();
  const href = (await first.getAttribute("href")) ?? "";
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator(`${href} > details.claim__evidence`)).toHaveAttribute("open", "");
});
