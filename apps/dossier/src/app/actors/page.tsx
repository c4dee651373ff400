import type { Metadata } from "next";
import { listActors } from "@/lib/corpus";
import { ACTOR_KIND_LABELS } from "@/lib/labels";

export const metadata: Metadata = {
  title: "Actors",
  description: "The people, governments, agencies, outlets and alliances named in the dossier.",
  alternates: { canonical: "/actors/" },
};

export default function ActorsPage() {
  const actors = listActors();
  const kinds = Object.keys(ACTOR_KIND_LABELS) as (keyof typeof ACTOR_KIND_LABELS)[];
  return (
    <article className="record-page">
      <header className="page-header">
        <h1>Actors</h1>
        <p className="lede">
          The people, states, governments, agencies, media outlets and alliances the records name.
          Unnamed sources are not actors: each claim describes them as its source does.
        </p>
      </header>
      {kinds.map((kind) => {
        const ofKind = actors.filter((entry) => entry.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`}>{ACTOR_KIND_LABELS[kind]}</h2>
            <ul className="actor-list">
              {ofKind.map(({ actor, country, incidentCount }) => (
                <li key={actor.id}>
                  <a href={actor.href}>{actor.name}</a>
                  {country && <span className="kind"> {country.name}</span>}{" "}
                  <span className="facet-count">
                    ({incidentCount} {incidentCount === 1 ? "incident" : "incidents"})
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </article>
  );
}
