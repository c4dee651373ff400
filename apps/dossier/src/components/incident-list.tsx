import type { IncidentSummary } from "@/lib/corpus";
import { paths } from "@/lib/corpus";
import { DateText } from "./date-text";

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function IncidentList({ incidents }: { incidents: readonly IncidentSummary[] }) {
  if (incidents.length === 0) return <p className="empty">No incidents match.</p>;
  return (
    <ol className="incident-list">
      {incidents.map((incident) => (
        <li
          key={incident.id}
          className="incident-item"
          data-year={incident.date?.year ?? ""}
          data-kind={incident.kind}
          data-countries={incident.countries.map((c) => c.code).join(" ")}
        >
          <h3 className="incident-item__title">
            <a href={incident.href}>{incident.title}</a>
          </h3>
          <dl className="meta-line">
            <div>
              <dt>Date</dt>
              <dd>{incident.date ? <DateText date={incident.date} /> : "date not established"}</dd>
            </div>
            <div>
              <dt>Kind</dt>
              <dd>
                <a href={paths.kind(incident.kind)}>{incident.kindLabel}</a>
              </dd>
            </div>
            {incident.countries.length > 0 && (
              <div>
                <dt>Countries</dt>
                <dd>
                  {incident.countries.map((country, i) => (
                    <span key={country.code}>
                      {i > 0 && ", "}
                      <a href={paths.country(country.code)}>{country.name}</a>
                    </span>
                  ))}
                </dd>
              </div>
            )}
            <div>
              <dt>Claims</dt>
              <dd>
                {plural(incident.claimCount, "claim", "claims")},{" "}
                {plural(incident.contestedCount, "contested pair", "contested pairs")}
              </dd>
            </div>
          </dl>
          {incident.lede !== "" && <p className="incident-item__lede">{incident.lede}</p>}
        </li>
      ))}
    </ol>
  );
}
