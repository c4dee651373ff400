import type { CitationView, RelayPathView } from "@/lib/corpus";
import { clip } from "@/lib/labels";

/** Each path from a source back to an original report: "relays X, which quotes Y". */
export function RelayPaths({ paths }: { paths: readonly RelayPathView[] }) {
  if (paths.length === 0) return null;
  return (
    <ul className="relay-chain">
      {paths.map((path) => (
        <li key={path.steps.map((step) => step.source.id).join(">")}>
          {path.steps.map((step, i) => (
            <span key={step.source.id}>
              {i > 0 && ", which "}
              <span className="relay relay--dependent">{step.relationLabel}</span>{" "}
              <a href={step.source.href}>{clip(step.source.label, 70)}</a>
              {step.source.publisher && <> ({step.source.publisher.name})</>}
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}

/** The sources a source draws on directly, and how. */
export function Citations({ cites }: { cites: readonly CitationView[] }) {
  if (cites.length === 0) return null;
  return (
    <ul className="relay-chain">
      {cites.map((citation) => (
        <li key={`${citation.relation}-${citation.source.id}`}>
          <span className={citation.dependent ? "relay relay--dependent" : "relay"}>
            {citation.relationLabel}
          </span>{" "}
          <a href={citation.source.href}>{citation.source.label}</a>
          {citation.source.publisher && <> ({citation.source.publisher.name})</>}
          {citation.note && <span className="relay__note"> – {citation.note}</span>}
        </li>
      ))}
    </ul>
  );
}
