import type { RelatedIncidentView } from "@/lib/corpus";

export function RelatedIncidents({ related }: { related: readonly RelatedIncidentView[] }) {
  return (
    <section id="related" aria-labelledby="related-title">
      <h2 id="related-title">Related incidents</h2>
      {related.length === 0 ? (
        <p className="empty">None recorded.</p>
      ) : (
        <ul className="related-list">
          {related.map((item) => (
            <li key={`${item.label} ${item.incident.id}`}>
              <span className="label">{item.label}</span>{" "}
              <a href={item.incident.href}>{item.incident.title}</a>
              {item.note && <span className="relation__note"> ({item.note})</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
