import { readFileSync } from "node:fs";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import {
  atomFeed,
  type ChangeEntry,
  changeEntries,
  type FeedSpec,
  HistoryEntry,
  type RecordLookup,
} from "../../src/lib/atom";

const SITE = "https://dossier.example.org";
const released = HistoryEntry.parse(
  JSON.parse(
    readFileSync(
      new URL("../../../../packages/corpus/history/0.0.0.json", import.meta.url),
      "utf8",
    ),
  ),
);

const later: HistoryEntry = {
  version: "0.1.0",
  date: "2026-12-20",
  added: [],
  changed: [
    {
      kind: "claim",
      id: "trump-told-russians-city-of-origin",
      fields: ["statement", "appearances[0].quote"],
      incidents: ["2017-oval-office-disclosure"],
      relationships: ["israel--united-states"],
    },
    {
      kind: "claim",
      id: "reader-comment-fake-leak",
      fields: ["standing"],
      retracted: true,
      incidents: ["2017-oval-office-disclosure"],
      relationships: [],
    },
  ],
  removed: [
    {
      kind: "source",
      id: "a-withdrawn-source",
      incidents: ["2017-oval-office-disclosure"],
      relationships: [],
    },
  ],
};

const HOSTILE = `A title <script>alert("x")</script> & <img src=x onerror=alert(1)> ]]> \u0007end`;
const lookup: RecordLookup = (kind, id) =>
  id === "a-withdrawn-source"
    ? undefined
    : { label: kind === "claim" ? HOSTILE : `Label of ${id}`, path: `/${kind}s/${id}/` };

function spec(entries: readonly ChangeEntry[], path = "/feed.atom"): FeedSpec {
  return {
    siteUrl: SITE,
    path,
    pagePath: "/",
    title: "Leaks Dossier: changes to <the> data",
    subtitle: "Every change.",
    entries,
    emptyUpdated: "2026-12-02",
    removedPath: "/data/#releases",
    rights: "Data: CC-BY-4.0.",
  };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  isArray: (name) => ["entry", "link", "category"].includes(name),
});

interface Parsed {
  feed: {
    xmlns: string;
    id: string;
    title: { "#text": string; type: string };
    updated: string;
    author: { name: string };
    link: { rel: string; href: string; type: string }[];
    entry?: {
      id: string;
      title: { "#text": string; type: string };
      updated: string;
      link: { rel: string; href: string }[];
      summary: { "#text": string };
    }[];
  };
}

function parse(xml: string): Parsed {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as Parsed;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe("the Atom feeds of the data's changes", () => {
  const entries = changeEntries([released, later]);
  const xml = atomFeed(spec(entries), lookup);
  const { feed } = parse(xml);

  it("are Atom documents with the elements RFC 4287 requires", () => {
    expect(feed.xmlns).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe(`${SITE}/feed.atom`);
    expect(feed.title["#text"]).toBe("Leaks Dossier: changes to <the> data");
    expect(feed.updated).toMatch(RFC3339);
    expect(feed.author.name).toBe("Leaks Dossier");
    expect(feed.link.find((l) => l.rel === "self")).toMatchObject({
      href: `${SITE}/feed.atom`,
      type: "application/atom+xml",
    });
    expect(feed.link.find((l) => l.rel === "alternate")?.href).toBe(`${SITE}/`);
    for (const entry of feed.entry ?? []) {
      expect(entry.id).toMatch(/^tag:dossier\.example\.org,\d{4}-\d{2}-\d{2}:data\//);
      expect(entry.title["#text"].length).toBeGreaterThan(0);
      expect(entry.updated).toMatch(RFC3339);
      expect(entry.link[0]?.rel).toBe("alternate");
      expect(entry.link[0]?.href.startsWith(`${SITE}/`)).toBe(true);
    }
  });

  it("have one entry per record and release, with ids that never repeat", () => {
    expect(feed.entry).toHaveLength(released.added.length + 3);
    const ids = (feed.entry ?? []).map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("list the newest release first, dated the day of its release", () => {
    expect(feed.updated).toBe("2026-12-20T00:00:00Z");
    expect(feed.entry?.[0]?.updated).toBe("2026-12-20T00:00:00Z");
    expect(feed.entry?.at(-1)?.updated).toBe("2026-12-02T00:00:00Z");
  });

  it("say what changed: the fields, a retraction, a removal with no page left", () => {
    const [changed, retracted, removed] = feed.entry ?? [];
    expect(changed?.title["#text"]).toMatch(/^Claim changed: /);
    expect(changed?.summary["#text"]).toContain("Fields changed: statement, appearances[0].quote.");
    expect(changed?.summary["#text"]).toContain("Relationships: israel--united-states.");
    expect(retracted?.title["#text"]).toMatch(/^Claim retracted or superseded: /);
    expect(removed?.title["#text"]).toBe("Source removed: a-withdrawn-source");
    expect(removed?.link[0]?.href).toBe(`${SITE}/data/#releases`);
    expect(removed?.summary["#text"]).toContain("no longer in the data");
  });

  it("carry markup from the data as text, never as elements", () => {
    const changed = feed.entry?.[0];
    expect(changed?.title.type).toBe("text");
    // The parser gives back the characters, markup included, minus what XML cannot carry.
    expect(changed?.title["#text"]).toContain('<script>alert("x")</script> & <img src=x');
    expect(changed?.title["#text"]).not.toContain("\u0007");
    expect(xml).not.toMatch(/<script|<img/);
    expect(xml).toContain("&lt;script&gt;");
  });

  it("give the same change the same id in every feed it is in", () => {
    const oval = atomFeed(
      spec(
        entries.filter((e) => e.incidents.includes("2017-oval-office-disclosure")),
        "/incidents/2017-oval-office-disclosure/feed.atom",
      ),
      lookup,
    );
    const ovalIds = new Set((parse(oval).feed.entry ?? []).map((e) => e.id));
    expect(ovalIds.size).toBeGreaterThan(3);
    for (const id of ovalIds) expect(feed.entry?.some((e) => e.id === id)).toBe(true);
  });

  it("an empty feed is still valid, updated the day the data last changed", () => {
    const empty = parse(atomFeed(spec([]), lookup)).feed;
    expect(empty.entry).toBeUndefined();
    expect(empty.updated).toBe("2026-12-02T00:00:00Z");
  });

  it("a history file that is not a release is refused", () => {
    expect(HistoryEntry.safeParse({ ...later, date: "20 December" }).success).toBe(false);
    expect(HistoryEntry.safeParse({ ...later, added: [{ kind: "claim", id: "x" }] }).success).toBe(
      false,
    );
  });
});
