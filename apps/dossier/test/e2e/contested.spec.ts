// Contested means contradicts: on every dossier, the header's count, the "Contested" block and
// the badges on the claims name the same pairs, those the data records as contradicting; claims
// in tension are shown apart, with badges of their own, and never counted as contested.
import { expect, test } from "@playwright/test";
import { type DossierJson, dossierJson, incidentPaths, SITE } from "./helpers";

/** The pairs of the dossier's own claims one of them relates by `type`, each once, sorted. */
function pairs(data: DossierJson, type: string): string[] {
  const ids = new Set(data.claims.map((claim) => claim.id));
  const found = new Set<string>();
  for (const claim of data.claims)
    for (const relation of claim.relations)
      if (relation.type === type && ids.has(relation.claim) && relation.claim !== claim.id)
        found.add([claim.id, relation.claim].sort().join(" + "));
  return [...found].sort();
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

test("on every dossier the count, the contested block and the badges name the contradicting pairs", async ({
  page,
  request,
}) => {
  let seenContested = 0;
  let seenTension = 0;
  for (const path of await incidentPaths(request)) {
    const data = await dossierJson(request, path);
    const contested = pairs(data, "contradicts");
    const tension = pairs(data, "in-tension-with");
    seenContested += contested.length;
    seenTension += tension.length;
    await page.goto(path);

    const meta = (await page.locator(".page-header__meta").textContent()) ?? "";
    expect(meta, path).toContain(plural(contested.length, "contested pair", "contested pairs"));
    if (tension.length > 0)
      expect(meta, path).toContain(plural(tension.length, "pair in tension", "pairs in tension"));
    else expect(meta, path).not.toContain("in tension");

    // Each block holds exactly its pairs, numbered from 1, each pair its own anchor.
    const shown = async (block: string) =>
      page.locator(`${block} .contested__pair`).evaluateAll((groups) =>
        groups.map((group) => ({
          id: group.id,
          pair: [...group.querySelectorAll("[data-claim]")]
            .map((side) => side.getAttribute("data-claim") ?? "")
            .sort()
            .join(" + "),
        })),
      );
    const contestedShown = await shown("#contested");
    expect(contestedShown.map(({ pair }) => pair).sort(), path).toEqual(contested);
    expect(contestedShown.map(({ id }) => id)).toEqual(
      contested.map((_, i) => `contested-${i + 1}`),
    );
    const tensionShown = await shown("#in-tension");
    expect(tensionShown.map(({ pair }) => pair).sort(), path).toEqual(tension);

    // The badges: a claim is marked contested exactly where it is a side of a contested pair,
    // and the badge opens that pair.
    const badges = await page.locator("article.claim").evaluateAll((cards) =>
      cards.flatMap((card) =>
        [...card.querySelectorAll<HTMLAnchorElement>(".pair-badge")].map((badge) => ({
          claim: card.getAttribute("data-claim") ?? "",
          text: badge.textContent ?? "",
          href: badge.getAttribute("href") ?? "",
        })),
      ),
    );
    const expected = [
      ...contestedShown.flatMap(({ id, pair }) =>
        pair.split(" + ").map((claim) => ({ claim, kind: "Contested", id })),
      ),
      ...tensionShown.flatMap(({ id, pair }) =>
        pair.split(" + ").map((claim) => ({ claim, kind: "In tension", id })),
      ),
    ].map(({ claim, kind, id }) => ({
      claim,
      text: `${kind}: pair ${id.split("-").at(-1)}`,
      href: `#${id}`,
    }));
    const order = (a: { claim: string; href: string }, b: { claim: string; href: string }) =>
      `${a.claim} ${a.href}`.localeCompare(`${b.claim} ${b.href}`);
    expect(badges.sort(order), path).toEqual(expected.sort(order));
  }
  expect(seenContested, "the corpus has contradicting claims").toBeGreaterThan(0);
  expect(seenTension, "the corpus has claims in tension").toBeGreaterThan(0);
});

test("the list of incidents counts the same contested pairs as each dossier", async ({
  page,
  request,
}) => {
  await page.goto(`${SITE}/`);
  for (const path of await incidentPaths(request)) {
    const data = await dossierJson(request, path);
    const item = page
      .locator(".incident-list > li")
      .filter({ has: page.locator(`a[href="${path}"]`) })
      .first();
    const n = pairs(data, "contradicts").length;
    await expect(item, path).toContainText(plural(n, "contested pair", "contested pairs"));
  }
});

test("a contested badge opens its pair, and the pair links back to the claim", async ({
  page,
  request,
}) => {
  for (const path of await incidentPaths(request)) {
    const data = await dossierJson(request, path);
    if (pairs(data, "contradicts").length === 0) continue;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(path);
    const badge = page.locator("article.claim .pair-badge--contested").last();
    const claimId = await badge.evaluate((el) => el.closest("article.claim")?.id ?? "");
    expect(claimId).toMatch(/^claim-/);
    await badge.click();
    const pair = page.locator((await badge.getAttribute("href")) ?? "");
    await expect(pair).toBeInViewport();
    await expect(pair.locator(`a[href="#${claimId}"]`)).toHaveCount(1);
    return;
  }
  throw new Error("no dossier with a contested pair");
});
