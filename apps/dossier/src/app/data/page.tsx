import type { Metadata } from "next";
import { corpusCounts, incidentIds, listRelationships, paths, recordLink } from "@/lib/corpus";
import { type BundleTable, type Download, downloads } from "@/lib/downloads";
import { FEED_PATHS, history } from "@/lib/feeds";

export const metadata: Metadata = {
  title: "Data",
  description:
    "Download the whole dataset (JSON, NDJSON, CSV, JSON-LD, SQLite, Parquet), the JSON Schemas of its records, and follow its changes in Atom feeds.",
  alternates: { canonical: "/data/" },
};

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function DownloadList({ items }: { items: readonly Download[] }) {
  return (
    <ul className="download-list">
      {items.map((item) => (
        <li key={item.path}>
          <a href={item.path} download>
            {item.title}
          </a>{" "}
          <span className="facet-count">({size(item.bytes)})</span>
          <p>{item.description}</p>
        </li>
      ))}
    </ul>
  );
}

function TableLinks({ tables, format }: { tables: readonly BundleTable[]; format: string }) {
  const of = tables.filter((table) => table.format === format);
  if (of.length === 0) return null;
  return (
    <p className="bundle-tables">
      <span className="facet-count">{format === "csv" ? "CSV" : "Parquet"}:</span>{" "}
      {of.map((table, i) => (
        <span key={table.path}>
          <a href={table.path} download>
            {table.name}
          </a>
          {i < of.length - 1 && " · "}
        </span>
      ))}
    </p>
  );
}

function Releases() {
  const releases = history();
  const relationships = listRelationships();
  return (
    <section aria-labelledby="releases-title" id="releases">
      <h2 id="releases-title">Releases and their changes</h2>
      <p>
        Each release of the data lists the records it added, changed (with the fields), retracted or
        removed. Follow them in an Atom feed: <a href={FEED_PATHS.site}>every change</a>, or only
        those of one dossier or one relationship (its records, the claims and impacts on it).
      </p>
      {releases.length === 0 ? (
        <p className="empty">This build carries no release history.</p>
      ) : (
        <ul className="release-list">
          {releases.map((release) => (
            <li key={release.version}>
              <strong>{release.version}</strong> ({release.date}): {release.added.length} added,{" "}
              {release.changed.length} changed, {release.removed.length} removed
            </li>
          ))}
        </ul>
      )}
      <details className="feed-list">
        <summary>Feeds of one dossier or relationship</summary>
        <ul>
          {incidentIds().map((id) => (
            <li key={id}>
              <a href={FEED_PATHS.incident(id)}>{recordLink("incident", id)?.label ?? id}</a>
            </li>
          ))}
          {relationships.map((relationship) => (
            <li key={relationship.id}>
              <a href={FEED_PATHS.relationship(relationship.id)}>{relationship.label}</a>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

export default function DataPage() {
  const manifest = downloads();
  const counts = corpusCounts();
  const firstIncident = incidentIds()[0];
  return (
    <article className="prose-page" data-pagefind-body>
      <header className="page-header">
        <p className="eyebrow" data-pagefind-meta="type:Data">
          Data
        </p>
        <h1>Download the data</h1>
        <p className="lede">
          The whole dataset ({counts.incidents} incidents, {counts.claims} claims, {counts.sources}{" "}
          sources, {counts.actors} actors), validated against the schema on every build.
        </p>
      </header>
      <section aria-labelledby="exports-title">
        <h2 id="exports-title">Whole-corpus exports</h2>
        {manifest.exports.length === 0 ? (
          <p className="empty">This build carries no exports.</p>
        ) : (
          <DownloadList items={manifest.exports} />
        )}
      </section>
      <section aria-labelledby="bundle-title" id="bundle">
        <h2 id="bundle-title">The release bundle</h2>
        <p>
          Everything at once, as each release publishes it: the exports above, a SQLite database and
          Parquet files with a table per record kind and per list the records hold, the changes
          since the previous release, and a Frictionless <code>datapackage.json</code> that
          describes every file (also attached to each release of the repository).
        </p>
        {manifest.bundle.length === 0 ? (
          <p className="empty">This build carries no release bundle.</p>
        ) : (
          <>
            <DownloadList items={manifest.bundle} />
            <TableLinks tables={manifest.bundleTables} format="csv" />
            <TableLinks tables={manifest.bundleTables} format="parquet" />
          </>
        )}
      </section>
      <Releases />
      <section aria-labelledby="schemas-title">
        <h2 id="schemas-title">JSON Schemas</h2>
        <p>
          The shape of each record, for validators and editors in any language (generated from the
          zod models of <code>@leaks/schema</code>).
        </p>
        {manifest.schemas.length === 0 ? (
          <p className="empty">This build carries no schemas.</p>
        ) : (
          <DownloadList items={manifest.schemas} />
        )}
      </section>
      <section aria-labelledby="per-dossier-title">
        <h2 id="per-dossier-title">One dossier at a time</h2>
        <p>
          Every dossier offers its own records as JSON at{" "}
          <code>/incidents/&lt;id&gt;/dossier.json</code>
          {firstIncident && (
            <>
              , for example{" "}
              <a href={`${paths.incident(firstIncident)}dossier.json`}>{firstIncident}</a>
            </>
          )}
          .
        </p>
      </section>
      <section aria-labelledby="packages-title">
        <h2 id="packages-title">For developers</h2>
        <p>
          In TypeScript or JavaScript, the same data is typed and validated in the{" "}
          <code>@leaks/corpus</code> package, and the models in <code>@leaks/schema</code>:
        </p>
        <pre>
          <code>{`import { incidents, claims } from "@leaks/corpus";
import { Incident } from "@leaks/schema";`}</code>
        </pre>
      </section>
    </article>
  );
}
