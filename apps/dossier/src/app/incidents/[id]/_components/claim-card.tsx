import { Claimant } from "@/components/claimant";
import { DateText } from "@/components/date-text";
import { ExternalLink } from "@/components/external-link";
import { CredibilityBadge, ReliabilityBadge } from "@/components/grades";
import { RelayPaths } from "@/components/relay-chain";
import { ClaimRelayGraph } from "@/components/relay-graph";
import { quoteLinks } from "@/lib/archive";
import { type ClaimView, type RelayPathView, shortLabel } from "@/lib/corpus";
import { dayLabel } from "@/lib/dates";
import { clip } from "@/lib/labels";
import { PAIR_WORDS, type PairKind, pairAnchor } from "./claim-pairs";

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "2 sources, 1 independent origin": counted from this claim's chains. */
function sourcesAndOrigins(claim: ClaimView): string {
  const sources = new Set(claim.appearances.map((a) => a.source.id)).size;
  return `${plural(sources, "source")}, ${plural(claim.independentOrigins, "independent origin")}`;
}

/** The same, with the origins named: "… (entered the record through The New York Times)". */
function independence(claim: ClaimView): string {
  const origins = claim.origins.map((o) => o.publisher?.name ?? shortLabel(o.label)).join("; ");
  return `${sourcesAndOrigins(claim)} (entered the record through ${origins})`;
}

/** "Evidence": what opening the box shows, for a screen reader in full. */
function EvidenceLabel({ claim }: { claim: ClaimView }) {
  return (
    <span className="claim__open">
      Evidence
      <span className="sr-only">: {plural(claim.appearances.length, "quote")}</span>
    </span>
  );
}

function repeatsSummary(paths: readonly RelayPathView[]): string {
  const origins = new Set(paths.map((path) => path.steps.at(-1)?.source.id));
  const n = origins.size;
  return `Not independent: repeats ${n === 1 ? "an earlier report" : `${n} earlier reports`}`;
}

/** One claim of the ledger, in full: its permalink is `#claim-<id>`. */
export function ClaimCard({
  claim,
  number,
  citePage,
  pairs = [],
}: {
  claim: ClaimView;
  number: number;
  /** The dossier's citations page, where this claim's "Cite" leads (relative to the dossier). */
  citePage: string;
  /** The contested and in-tension pairs of the dossier this claim is a side of. */
  pairs?: readonly { kind: PairKind; index: number }[];
}) {
  return (
    <article
      id={claim.anchor}
      className={`claim claim--${claim.group}`}
      data-claim={claim.id}
      data-known-from={claim.knownFrom ?? ""}
    >
      {claim.formerAnchors.map((anchor) => (
        <span key={anchor} id={anchor} data-former-anchor="" />
      ))}
      <p className="claim__labels">
        <span className="claim__number">Claim {number}</span>{" "}
        <span className={`standing standing--${claim.group}`} title={claim.standingMeaning}>
          {claim.standingLabel}
        </span>{" "}
        <span className="nature">{claim.natureLabel}</span>
        {pairs.map(({ kind, index }) => (
          <span key={`${kind}-${index}`}>
            {" "}
            <a className={`pair-badge pair-badge--${kind}`} href={`#${pairAnchor(kind, index)}`}>
              {PAIR_WORDS[kind].badge}: pair {index + 1}
            </a>
          </span>
        ))}
      </p>
      <h4 className="claim__statement">{claim.statement}</h4>
      <details className="claim__evidence">
        <summary>
          <span className="claim__brief">
            <CredibilityBadge credibility={claim.credibility} />
            <span>
              {claim.firstReported === undefined ? (
                "undated: no source of it is dated"
              ) : (
                <>
                  first reported <DateText date={claim.firstReported} />
                </>
              )}
            </span>
            <span>{sourcesAndOrigins(claim)}</span>
            <EvidenceLabel claim={claim} />
          </span>
        </summary>
        <dl className="claim__facts">
          <div>
            <dt>Claimant</dt>
            <dd>
              <Claimant claimant={claim.claimant} />
            </dd>
          </div>
          <div>
            <dt>Credibility</dt>
            <dd>
              <span className="rationale">
                Graded by {claim.credibility.gradedBy} on{" "}
                <time dateTime={claim.credibility.gradedOn}>
                  {dayLabel(claim.credibility.gradedOn)}
                </time>
                : {claim.credibility.rationale}
              </span>
            </dd>
          </div>
          {/* The line above gives the day; here only how it is known when it is borrowed. */}
          {claim.firstReported !== undefined && claim.firstReportedVia !== undefined && (
            <div>
              <dt>First reported</dt>
              <dd>
                by <DateText date={claim.firstReported} />, when{" "}
                <a href={claim.firstReportedVia.href}>{claim.firstReportedVia.label}</a> drew on its
                undated source
              </dd>
            </div>
          )}
          {claim.concerns && (
            <div>
              <dt>Events of</dt>
              <dd>
                <DateText date={claim.concerns} />
              </dd>
            </div>
          )}
          <div>
            <dt>Independence</dt>
            <dd>{independence(claim)}</dd>
          </div>
        </dl>
        <ClaimRelayGraph claim={claim} />
        <ol className="appearances" aria-label="Where the claim appears">
          {claim.appearances.map((appearance, i) => {
            // Where the quote stands in the source's archived text, and in the original.
            const links = quoteLinks(appearance.source, claim.id, i);
            const original = links?.original ?? appearance.source.url;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: a claim may quote one source more than once; this server-rendered list keeps record order and never changes
              <li key={`${appearance.source.id}-${i}`} className="appearance">
                <blockquote
                  className="quote"
                  {...(appearance.source.url === undefined ? {} : { cite: appearance.source.url })}
                >
                  <p>
                    {links === undefined ? (
                      appearance.quote
                    ) : (
                      <a className="quote__link" href={links.archived}>
                        {appearance.quote}
                      </a>
                    )}
                  </p>
                </blockquote>
                <p className="appearance__source">
                  <span className="sr-only">Source: </span>
                  <a href={appearance.source.href}>{shortLabel(appearance.source.label)}</a>
                  {appearance.source.publisher && <>, {appearance.source.publisher.name}</>}
                  {appearance.source.published && (
                    <>
                      , <DateText date={appearance.source.published} />
                    </>
                  )}
                  {appearance.locator && <>, {appearance.locator}</>}
                </p>
                <p className="appearance__grades">
                  {appearance.source.kindLabel} ·{" "}
                  <ReliabilityBadge reliability={appearance.source.reliability} /> ·{" "}
                  <span className="admiralty">together {appearance.admiraltyCode}</span>
                  {original && (
                    <>
                      {" "}
                      · <ExternalLink href={original}>Read the original</ExternalLink>
                    </>
                  )}
                </p>
                {appearance.chain.length > 1 && (
                  <p className="appearance__chain">
                    <span className="label">How it got here:</span>{" "}
                    {appearance.chain.map((node, j) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a chain's links keep their order and never change
                      <span key={j} className="chain__node">
                        {node.href === undefined ? (
                          node.label
                        ) : (
                          <a href={node.href}>{node.label}</a>
                        )}
                      </span>
                    ))}
                  </p>
                )}
                {appearance.relayPaths.length > 0 && (
                  <details className="appearance__relays">
                    <summary>{repeatsSummary(appearance.relayPaths)}</summary>
                    <RelayPaths paths={appearance.relayPaths} />
                  </details>
                )}
              </li>
            );
          })}
        </ol>
        {claim.relations.length > 0 && (
          <ul className="claim__relations">
            {claim.relations.map((relation) => (
              <li key={`${relation.type}-${relation.claim.id}`}>
                <span className="label">{relation.label}</span>{" "}
                <a href={relation.claim.href}>{clip(relation.claim.statement, 90)}</a>
                {relation.note && <span className="relation__note"> ({relation.note})</span>}
              </li>
            ))}
          </ul>
        )}
        {claim.incidents.length > 1 && (
          <p className="claim__incidents">
            Also in:{" "}
            {claim.incidents.slice(1).map((incident, i) => (
              <span key={incident.id}>
                {i > 0 && "; "}
                <a href={incident.href}>{incident.title}</a>
              </span>
            ))}
          </p>
        )}
        {claim.notes && <p className="claim__notes">Note: {claim.notes}</p>}
      </details>
      <footer className="claim__footer" data-pagefind-ignore="all">
        <a href={`#${claim.anchor}`} className="permalink">
          Permalink<span className="sr-only"> to this claim</span>
        </a>
        <a href={`${citePage}#${claim.anchor}`} className="cite-link">
          Cite<span className="sr-only"> this claim</span>
        </a>
      </footer>
    </article>
  );
}
