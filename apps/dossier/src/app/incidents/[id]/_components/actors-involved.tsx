import type { ActorInvolvement } from "@/lib/corpus";

export function ActorsInvolved({ actors }: { actors: readonly ActorInvolvement[] }) {
  return (
    <section id="actors" aria-labelledby="actors-title">
      <h2 id="actors-title">Actors involved</h2>
      {actors.length === 0 ? (
        <p className="empty">No named actors recorded.</p>
      ) : (
        <details className="actor-list__all">
          <summary>
            {actors.length === 1 ? "The actor" : `The ${actors.length} actors`} and their roles
          </summary>
          <ul className="actor-list">
            {actors.map(({ actor, roles }) => (
              <li key={actor.id}>
                <a href={actor.href}>{actor.name}</a>{" "}
                <span className="kind">{actor.kindLabel}</span>
                <span className="roles">: {roles.join("; ")}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
