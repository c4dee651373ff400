import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimSummary } from "@/components/claim-summary";
import { DateText } from "@/components/date-text";
import { ExternalLink } from "@/components/external-link";
import { JsonLd } from "@/components/json-ld";
import { Prose } from "@/components/prose";
import { type ActorPage as Actor, actorIds, getActor } from "@/lib/corpus";
import { absoluteUrl } from "@/lib/site";

export const dynamicParams = false;

export function generateStaticParams() {
  return actorIds().map((id) => ({ id }));
}

interface Props {
  params: Promise<{ id: string }>;
}

function describeActor(actor: Actor): string {
  const parts = [actor.kindLabel, actor.country?.name].filter((p) => p !== undefined);
  const n = actor.incidents.length;
  return `${actor.name}: ${parts.join(", ")}. In ${n} ${n === 1 ? "incident" : "incidents"} of the dossier.`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = getActor((await params).id);
  if (!actor) return {};
  return {
    title: actor.name,
    description: describeActor(actor),
    alternates: { canonical: actor.href },
    openGraph: {
      type: "profile",
      title: actor.name,
      description: describeActor(actor),
      url: actor.href,
    },
  };
}

function schemaType(kind: string): string {
  if (kind === "person") return "Person";
  if (kind === "state") return "Country";
  if (kind === "government" || kind === "agency" || kind === "military")
    return "GovernmentOrganization";
  if (kind === "media-outlet") return "NewsMediaOrganization";
  return "Organization";
}

export default async function ActorPage({ params }: Props) {
  const actor = getActor((await params).id);
  if (!actor) notFound();
  return (
    <article className="record-page" data-pagefind-body>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": schemaType(actor.kind),
          name: actor.name,
          url: absoluteUrl(actor.href),
          ...(actor.aliases.length > 0 ? { alternateName: actor.aliases } : {}),
          ...(actor.wikidata ? { sameAs: [actor.wikidata.url] } : {}),
        }}
      />
      <header className="page-header">
        <p className="eyebrow" data-pagefind-meta="type:Actor">
          Actor · {actor.kindLabel}
        </p>
        <h1>{actor.name}</h1>
        {actor.aliases.length > 0 && (
          <p className="page-header__meta">Also written: {actor.aliases.join("; ")}</p>
        )}
      </header>
      <dl className="facts">
        <div>
          <dt>Kind</dt>
          <dd>{actor.kindLabel}</dd>
        </div>
        {actor.country && (
          <div>
            <dt>Country</dt>
            <dd>
              {actor.country.href ? (
                <a href={actor.country.href}>{actor.country.name}</a>
              ) : (
                actor.country.name
              )}
            </dd>
          </div>
        )}
        {actor.positions.length > 0 && (
          <div>
            <dt>Positions</dt>
            <dd>
              <ul className="parties">
                {actor.positions.map((position, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: positions have no id; this server-rendered list keeps record order and never changes
                  <li key={i}>
                    {position.title}
                    {position.organisation && (
                      <>
                        , <a href={position.organisation.href}>{position.organisation.name}</a>
                      </>
                    )}
                    {(position.from || position.to) && (
                      <>
                        {" "}
                        ({position.from ? <DateText date={position.from} /> : "?"} –{" "}
                        {position.to ? <DateText date={position.to} /> : ""})
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {actor.affiliations.length > 0 && (
          <div>
            <dt>Affiliations</dt>
            <dd>
              <ul className="parties">
                {actor.affiliations.map((a) => (
                  <li key={a.actor.id}>
                    <a href={a.actor.href}>{a.actor.name}</a>
                    {a.role && <> ({a.role})</>}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {actor.members.length > 0 && (
          <div>
            <dt>Members</dt>
            <dd>
              {actor.members.map((m, i) => (
                <span key={m.id}>
                  {i > 0 && ", "}
                  <a href={m.href}>{m.name}</a>
                </span>
              ))}
            </dd>
          </div>
        )}
        {actor.memberOf.length > 0 && (
          <div>
            <dt>Member of</dt>
            <dd>
              {actor.memberOf.map((m, i) => (
                <span key={m.id}>
                  {i > 0 && ", "}
                  <a href={m.href}>{m.name}</a>
                </span>
              ))}
            </dd>
          </div>
        )}
        {actor.wikidata && (
          <div>
            <dt>Wikidata</dt>
            <dd>
              <ExternalLink href={actor.wikidata.url}>{actor.wikidata.id}</ExternalLink>
            </dd>
          </div>
        )}
      </dl>
      {actor.notes && <Prose paragraphs={actor.notes} className="editorial-note" />}

      <section aria-labelledby="actor-incidents">
        <h2 id="actor-incidents">Incidents</h2>
        {actor.incidents.length === 0 ? (
          <p className="empty">No incident names this actor yet.</p>
        ) : (
          <ul className="actor-list">
            {actor.incidents.map(({ incident, roles }) => (
              <li key={incident.id}>
                <a href={incident.href}>{incident.title}</a>
                {incident.date && (
                  <>
                    {" "}
                    (<DateText date={incident.date} />)
                  </>
                )}
                <span className="roles">: {roles.join("; ")}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {actor.relationships.length > 0 && (
        <section aria-labelledby="actor-relationships">
          <h2 id="actor-relationships">Relationships affected</h2>
          <ul className="actor-list">
            {actor.relationships.map((r) => (
              <li key={r.id}>
                <a href={r.href}>{r.label}</a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="actor-claims">
        <h2 id="actor-claims">Claims made by {actor.name}</h2>
        {actor.claims.length === 0 ? (
          <p className="empty">None recorded.</p>
        ) : (
          actor.claims.map((claim) => <ClaimSummary key={claim.id} claim={claim} />)
        )}
      </section>

      {actor.anonymousRelays.length > 0 && (
        <section aria-labelledby="actor-relays">
          <h2 id="actor-relays">Claims of unnamed sources relayed by {actor.name}</h2>
          {actor.anonymousRelays.map((claim) => (
            <ClaimSummary key={claim.id} claim={claim} />
          ))}
        </section>
      )}

      {actor.published.length > 0 && (
        <section aria-labelledby="actor-sources">
          <h2 id="actor-sources">Sources published or written</h2>
          <ul className="actor-list">
            {actor.published.map((s) => (
              <li key={s.id}>
                <a href={s.href}>{s.label}</a> <span className="kind">{s.kindLabel}</span>
                {s.published && (
                  <>
                    , <DateText date={s.published} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="record-path">
        Record file: <code>{actor.recordPath}</code> ·{" "}
        <a href="/about/#contribute">How to correct it</a>
      </p>
    </article>
  );
}
