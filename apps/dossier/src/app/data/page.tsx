import type { Metadata } from "next";
import { corpusCounts, incidentIds, paths } from "@/lib/corpus";
import { type Download, downloads } from "@/lib/downloads";

export const metadata: Metadata = {
  title: "Data",
  description:
    "Download the whole dataset (JSON, NDJSON, CSV, JSON-LD) and the JSON Schemas of its records.",
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
