import { expect, type Page, test } from "@playwright/test";
import { SITE } from "./helpers";

interface RelatedLink {
  incident: string;
  type: string;
  note?: string;
}

/** The related links listed on an incident's page: the label, the link's target and its text. */
async function relatedOn(page: Page, id: string) {
  await page.goto(`/incidents/${id}/`);
  return page.locator("#related li").evaluateAll((items) =>
    items.map((item) => ({
      label: item.querySelector(".label")?.textContent?.trim() ?? "",
      href: item.querySelector("a")?.getAttribute("href") ?? "",
      note: item.querySelector(".relation__note")?.textContent?.trim() ?? "",
    })),
  );
}

test("a related link written on one incident shows on both pages, worded from each side", async ({
  page,
}) => {
  // Written once, on the disclosure: the press leak followed it.
  const disclosure = await relatedOn(page, "2017-oval-office-disclosure");
  expect(disclosure).toContainEqual({
    label: "Follow-on",
    href: "/incidents/2017-oval-office-press-leak/",
    note: "(The disclosure became public through the press, which The Duran calls the real leak)",
  });
  const pressLeak = await relatedOn(page, "2017-oval-office-press-leak");
  expect(pressLeak).toContainEqual({
    label: "Follows on from",
    href: "/incidents/2017-oval-office-disclosure/",
    note: "(The disclosure became public through the press, which The Duran calls the real leak)",
  });
  // Once on each page, whichever incident writes the link.
  expect(
    pressLeak.filter((link) => link.href.includes("2017-oval-office-disclosure")),
  ).toHaveLength(1);
});

test("every related link in the corpus shows on the pages of both incidents", async ({
  page,
  request,
}) => {
  const corpus = (await (await request.get(`${SITE}/downloads/corpus.json`)).json()) as {
    incidents: { id: string; related: RelatedLink[] }[];
  };
  const pairs = corpus.incidents.flatMap((incident) =>
    incident.related.map((link) => [incident.id, link.incident] as const),
  );
  expect(pairs.length, "the corpus links some incidents").toBeGreaterThan(0);
  const linked = new Map<string, string[]>();
  for (const [a, b] of pairs) {
    linked.set(a, [...(linked.get(a) ?? []), b]);
    linked.set(b, [...(linked.get(b) ?? []), a]);
  }
  for (const [id, others] of linked) {
    const shown = (await relatedOn(page, id)).map((link) => link.href);
    for (const other of new Set(others)) expect(shown, id).toContain(`/incidents/${other}/`);
    expect(new Set(shown).size, `${id} lists each related incident once`).toBe(shown.length);
  }
});
