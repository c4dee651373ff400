import type { Metadata } from "next";
import { RelationshipMatrix } from "@/components/relationship-matrix";
import { getRelationship, listRelationships } from "@/lib/corpus";

export const metadata: Metadata = {
  title: "Relationships",
  description: "Relations between states and alliances that leaks of intelligence affected.",
  alternates: { canonical: "/relationships/" },
};

export default function RelationshipsPage() {
  const relationships = listRelationships();
  const impacts = relationships.flatMap((r) => getRelationship(r.id)?.impacts ?? []);
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
        <>
          <RelationshipMatrix
            impacts={impacts}
            caption="Every relationship the recorded leaks affected, by its parties, with each effect and how firmly it is known."
          />
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
        </>
      )}
    </article>
  );
}
