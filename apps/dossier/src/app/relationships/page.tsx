import type { Metadata } from "next";
import { listRelationships } from "@/lib/corpus";

export const metadata: Metadata = {
  title: "Relationships",
  description: "Relations between states and alliances that leaks of intelligence affected.",
  alternates: { canonical: "/relationships/" },
};

export default function RelationshipsPage() {
  const relationships = listRelationships();
  return (
    <article className="record-page">
      <header className="page-header">
        <h1>Relationships</h1>
        <p className="lede">
          Relations between states and alliances that the recorded leaks affected, each with the
          effects gathered across incidents.
        </p>
      </header>
      {relationships.length === 0 ? (
        <p className="empty">No effects on relationships recorded yet.</p>
      ) : (
        <ul className="actor-list">
          {relationships.map((r) => (
            <li key={r.id}>
              <a href={r.href}>{r.label}</a>{" "}
              <span className="facet-count">
                ({r.impactCount} {r.impactCount === 1 ? "effect" : "effects"})
              </span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
