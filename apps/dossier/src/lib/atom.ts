// Atom feeds (RFC 4287) of what each data release changed, written from the data's history
// (packages/corpus/history/<version>.json). Pure: the pages' module (feeds.ts) gives it the
// history, how to name and link a record, and the site's address.
import { XMLBuilder } from "fast-xml-parser";
import * as z from "zod";

const KIND = z.enum(["incident", "claim", "actor", "source"]);
const Scoped = z.object({
  kind: KIND,
  id: z.string().min(1),
  incidents: z.array(z.string()),
  relationships: z.array(z.string()),
});

/** One release of the data, as history/<version>.json holds it. */
export const HistoryEntry = z.object({
  version: z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/),
  date: z.iso.date(),
  note: z.string().optional(),
  added: z.array(Scoped),
  changed: z.array(
    Scoped.extend({ fields: z.array(z.string()), retracted: z.literal(true).optional() }),
  ),
  removed: z.array(Scoped),
  /** Old ids renamed or merged into another record (histories written before renames had none). */
  renamed: z
    .array(
      z.object({
        kind: KIND,
        from: z.string().min(1),
        to: z.string().min(1),
        reason: z.enum(["renamed", "merged"]),
        fields: z.array(z.string()),
        incidents: z.array(z.string()),
        relationships: z.array(z.string()),
      }),
    )
    .default([]),
});
/** A history entry as written; a history from before renames existed has no `renamed`. */
export type HistoryEntry = z.input<typeof HistoryEntry>;

export type RecordKind = z.output<typeof KIND>;
export type Change = "added" | "changed" | "retracted" | "removed" | "renamed" | "merged";

/** One record's change in one release: an entry of the feeds. */
export interface ChangeEntry {
  readonly version: string;
  readonly date: string;
  readonly change: Change;
  readonly kind: RecordKind;
  /** The record's id; for a rename or a merge, the record its old id now leads to. */
  readonly id: string;
  /** For a rename or a merge, the old id. */
  readonly from?: string;
  readonly fields: readonly string[];
  readonly incidents: readonly string[];
  readonly relationships: readonly string[];
}

/** Every change of every release, newest release first, in the order the release lists them. */
export function changeEntries(history: readonly HistoryEntry[]): ChangeEntry[] {
  const newestFirst = [...history].sort((a, b) =>
    a.date === b.date ? compareVersions(b.version, a.version) : a.date < b.date ? 1 : -1,
  );
  return newestFirst.flatMap((release) => {
    const entry = (
      change: Change,
      record: z.output<typeof Scoped> & { fields?: readonly string[] },
    ): ChangeEntry => ({
      version: release.version,
      date: release.date,
      change,
      kind: record.kind,
      id: record.id,
      fields: record.fields ?? [],
      incidents: record.incidents,
      relationships: record.relationships,
    });
    return [
      ...release.added.map((r) => entry("added", r)),
      ...release.changed.map((r) => entry(r.retracted ? "retracted" : "changed", r)),
      ...release.removed.map((r) => entry("removed", r)),
      ...(release.renamed ?? []).map((r) => ({
        ...entry(r.reason, { ...r, id: r.to }),
        from: r.from,
      })),
    ];
  });
}

function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(/[.-]/).map((p) => Number(p));
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** How the site names a record and where its page is; undefined for one it no longer holds. */
export type RecordLookup = (
  kind: RecordKind,
  id: string,
) => { readonly label: string; readonly path: string } | undefined;

export interface FeedSpec {
  /** The site's address, without a trailing slash (SITE_URL). */
  readonly siteUrl: string;
  /** The feed's own path, e.g. `/feed.atom`. */
  readonly path: string;
  /** The page the feed is the changes of, e.g. `/incidents/x/`. */
  readonly pagePath: string;
  readonly title: string;
  readonly subtitle: string;
  readonly entries: readonly ChangeEntry[];
  /** The day to give as the feed's `updated` when it has no entry (the data's last change). */
  readonly emptyUpdated: string;
  /** Where a removed record's entry links: the record has no page any more. */
  readonly removedPath: string;
  /** The licence line (`rights`). */
  readonly rights: string;
}

const KIND_LABEL: Record<RecordKind, string> = {
  incident: "Incident",
  claim: "Claim",
  actor: "Actor",
  source: "Source",
};

const CHANGE_LABEL: Record<Change, string> = {
  added: "added",
  changed: "changed",
  retracted: "retracted or superseded",
  removed: "removed",
  renamed: "renamed",
  merged: "merged into another",
};

const AUTHOR = "Leaks Dossier";

/** Midnight UTC of a day, as Atom's dates are written. */
function atomDate(day: string): string {
  return `${day}T00:00:00Z`;
}

/**
 * A stable id for one record's change in one release (RFC 4151 tag URI): the same in every feed
 * it appears in, so a reader that follows several shows it once.
 */
export function entryId(siteUrl: string, entry: ChangeEntry): string {
  // RFC 4151: the authority is a domain name alone, without a port.
  const host = new URL(siteUrl).hostname;
  // A rename or a merge is named by its old id: two records merged into one are two entries.
  return `tag:${host},${entry.date}:data/${entry.version}/${entry.kind}/${entry.from ?? entry.id}/${entry.change}`;
}

/** Text XML 1.0 can carry: without the control characters and lone surrogates it forbids. */
export function xmlText(text: string): string {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are what is removed
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    "",
  );
}

function shorten(text: string, max = 120): string {
  const flat = xmlText(text).replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

function summaryOf(entry: ChangeEntry, label: string | undefined): string {
  const kind = KIND_LABEL[entry.kind].toLowerCase();
  const what = `${kind} ${entry.from ?? entry.id}`;
  const change =
    entry.from === undefined
      ? CHANGE_LABEL[entry.change]
      : `${entry.change === "merged" ? "merged into" : "renamed"} ${entry.id}, to which its old id leads`;
  const parts = [`Data release ${entry.version} (${entry.date}): ${what} ${change}.`];
  if (label !== undefined && entry.change !== "removed") parts.push(`${shorten(label, 400)}.`);
  if (
    entry.change === "changed" ||
    entry.change === "retracted" ||
    (entry.change === "renamed" && entry.fields.length > 0)
  )
    parts.push(`Fields changed: ${entry.fields.join(", ")}.`);
  if (entry.change === "removed")
    parts.push("The record is no longer in the data; see the data changelog.");
  if (entry.incidents.length > 0) parts.push(`Incidents: ${entry.incidents.join(", ")}.`);
  if (entry.relationships.length > 0)
    parts.push(`Relationships: ${entry.relationships.join(", ")}.`);
  return parts.join(" ");
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  format: true,
  suppressEmptyNode: true,
});

/** The Atom document: text constructs are `type="text"`, every URL absolute. */
export function atomFeed(spec: FeedSpec, lookup: RecordLookup): string {
  const url = (path: string) => `${spec.siteUrl}${path}`;
  const updated = spec.entries[0]?.date ?? spec.emptyUpdated;
  const entries = spec.entries.map((entry) => {
    const found = entry.change === "removed" ? undefined : lookup(entry.kind, entry.id);
    const name = found ? shorten(found.label) : entry.id;
    return {
      id: entryId(spec.siteUrl, entry),
      title: {
        "@_type": "text",
        "#text": `${KIND_LABEL[entry.kind]} ${CHANGE_LABEL[entry.change]}: ${name}`,
      },
      updated: atomDate(entry.date),
      link: {
        "@_rel": "alternate",
        "@_type": "text/html",
        "@_href": url(found?.path ?? spec.removedPath),
      },
      category: [
        { "@_term": entry.change, "@_label": CHANGE_LABEL[entry.change] },
        { "@_term": entry.kind },
      ],
      summary: { "@_type": "text", "#text": summaryOf(entry, found?.label) },
    };
  });
  const document = {
    feed: {
      "@_xmlns": "http://www.w3.org/2005/Atom",
      "@_xml:lang": "en",
      id: url(spec.path),
      title: { "@_type": "text", "#text": xmlText(spec.title) },
      subtitle: { "@_type": "text", "#text": xmlText(spec.subtitle) },
      updated: atomDate(updated),
      author: { name: AUTHOR, uri: url("/") },
      link: [
        { "@_rel": "self", "@_type": "application/atom+xml", "@_href": url(spec.path) },
        { "@_rel": "alternate", "@_type": "text/html", "@_href": url(spec.pagePath) },
      ],
      rights: { "@_type": "text", "#text": xmlText(spec.rights) },
      entry: entries,
    },
  };
  return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build(document)}`;
}
