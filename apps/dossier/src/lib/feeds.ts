// The site's Atom feeds of the data's changes: the whole dataset at /feed.atom, one per incident
// at /incidents/<id>/feed.atom and one per relationship at /relationships/<id>/feed.atom. They
// are written at build time from the data's history (packages/corpus/history/, one file per
// release), never from git.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { meta } from "@leaks/corpus";
import { atomFeed, type ChangeEntry, changeEntries, HistoryEntry } from "./atom";
import { getRelationship, paths, recordLink } from "./corpus";
import { SITE_NAME, SITE_URL } from "./site";

export const FEED_PATHS = {
  site: "/feed.atom",
  incident: (id: string) => `${paths.incident(id)}feed.atom`,
  relationship: (id: string) => `${paths.relationship(id)}feed.atom`,
} as const;

/** Where a removed record's entry links: the data page's list of releases. */
export const RELEASES_PATH = "/data/#releases";

/**
 * The history folder: LEAKS_HISTORY_DIR where a build is over another corpus (the tests' hostile
 * fixture); with LEAKS_CORPUS_JSON and no history, there is none; else that of @leaks/corpus.
 */
function historyDir(): string | undefined {
  const override = process.env.LEAKS_HISTORY_DIR;
  if (override) return override;
  if (process.env.LEAKS_CORPUS_JSON) return undefined;
  const require = createRequire(join(process.cwd(), "package.json"));
  return join(dirname(require.resolve("@leaks/corpus/package.json")), "history");
}

let cached: readonly HistoryEntry[] | undefined;

/** Every release of the data, as its history file says; a bad file stops the build, named. */
export function history(): readonly HistoryEntry[] {
  if (cached) return cached;
  const dir = historyDir();
  const entries: HistoryEntry[] = [];
  if (dir !== undefined && existsSync(dir)) {
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith(".json"))
      .sort()) {
      const file = join(dir, name);
      const parsed = HistoryEntry.safeParse(JSON.parse(readFileSync(file, "utf8")));
      if (!parsed.success)
        throw new Error(
          `${file}: not a release of the data's history (${parsed.error.issues
            .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
            .join("; ")}): write it with node scripts/data-changelog.mjs --changes <changes.json>`,
        );
      entries.push(parsed.data);
    }
  }
  cached = entries;
  return cached;
}

let allEntries: ChangeEntry[] | undefined;
function entries(): ChangeEntry[] {
  allEntries ??= changeEntries(history());
  return allEntries;
}

function feed(
  path: string,
  pagePath: string,
  title: string,
  subtitle: string,
  list: ChangeEntry[],
) {
  return atomFeed(
    {
      siteUrl: SITE_URL,
      path,
      pagePath,
      title,
      subtitle,
      entries: list,
      emptyUpdated: meta.updated ?? history()[0]?.date ?? "1970-01-01",
      removedPath: RELEASES_PATH,
      rights: `Data: ${meta.license}. Quotes and archived texts remain their publishers'.`,
    },
    recordLink,
  );
}

/** The whole dataset's changes, release by release. */
export function siteFeed(): string {
  return feed(
    FEED_PATHS.site,
    "/",
    `${SITE_NAME}: changes to the data`,
    "Every record added, changed, retracted or removed in each release of the data.",
    entries(),
  );
}

/** The changes to an incident and to the records of its dossier; undefined for an unknown id. */
export function incidentFeed(id: string): string | undefined {
  const incident = recordLink("incident", id);
  if (incident === undefined) return undefined;
  return feed(
    FEED_PATHS.incident(id),
    paths.incident(id),
    `${SITE_NAME}: changes to ${incident.label}`,
    "Changes to this incident and to its claims, sources and actors, in each release of the data.",
    entries().filter((entry) => entry.incidents.includes(id)),
  );
}

/** The changes to the impacts on a relationship and the claims they rest on. */
export function relationshipFeed(id: string): string | undefined {
  const relationship = getRelationship(id);
  if (relationship === undefined) return undefined;
  return feed(
    FEED_PATHS.relationship(id),
    paths.relationship(id),
    `${SITE_NAME}: changes to ${relationship.label}`,
    "Changes to the impacts on this relationship and to the claims they rest on, in each release of the data.",
    entries().filter((entry) => entry.relationships.includes(id)),
  );
}

/** An Atom response for a route handler. */
export function atomResponse(xml: string | undefined): Response {
  if (xml === undefined) return new Response("Not found", { status: 404 });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}

/** `<link rel="alternate" type="application/atom+xml">` in a page's head, for Next's metadata. */
export function feedLinks(...feeds: readonly { readonly path: string; readonly title: string }[]) {
  return {
    "application/atom+xml": feeds.map((f) => ({ url: `${SITE_URL}${f.path}`, title: f.title })),
  };
}

/** The whole dataset's feed, as a page's head names it. */
export const SITE_FEED = { path: FEED_PATHS.site, title: "Changes to the data (Atom)" } as const;
