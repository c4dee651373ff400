import { Claimant } from "@/components/claimant";
import { DateText } from "@/components/date-text";
import { ExternalLink } from "@/components/external-link";
import { CredibilityBadge, ReliabilityBadge } from "@/components/grades";
import { RelayPaths } from "@/components/relay-chain";
import { citeClaim } from "@/lib/cite";
import type { ClaimView, RelayPathView } from "@/lib/corpus";
import { dayLabel } from "@/lib/dates";
import { CiteBox } from "./cite-box";
import { PAIR_WORDS, type PairKind, pairAnchor } from "./claim-pairs";

/** "2 sources, 1 independent origin (The New York Times)": counted from this claim's chains. */
function independence(claim: ClaimView): string {
  const sources = new Set(claim.appearances.map((a) => a.source.id)).size;
  const n = claim.independentOrigins;
  const s = sources === 1 ? "1 source" : `${sources} sources`;
  const origins = claim.origins.map((o) => o.publisher?.name ?? o.label).join("; ");
  return `${s}, ${n === 1 ? "1 independent origin" : `${n} independent origins`} (entered the record through ${origins})`;
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
  incidentTitle,
  pairs = [],
}: {
  claim: ClaimView;
  number: number;
  incidentTitle: string;
  /** The contested and in-tension pairs of the dossier this claim is a side of. */
  pairs?: readonly { kind: PairKind; index: number }[];
}) {
  const citation = citeClaim(claim, incidentTitle);
  const headingId = `${claim.anchor}-statement`;
  return (
    <article
      id={claim.anchor}
      className={`claim claim--${claim.group}`}
      aria-labelledby={headingId}
      data-claim={claim.id}
      data-known-from={claim.knownFrom ?? ""}
    >
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
      <h4 id={headingId} className="claim__statement">
        {claim.statement}
      </h4>
      <dl className="claim__facts">
        <div>
          <dt>Claimant</dt>
          <dd>
            <Claimant claimant={claim.claimant} />
          </dd>
        </div>
        <div>
          <dt>Standing</dt>
          <dd>
            {claim.standingLabel}: {claim.standingMeaning}
          </dd>
        </div>
        <div>
          <dt>Credibility</dt>
          <dd>
            <CredibilityBadge credibility={claim.credibility} bare />
            <span className="rationale">
              Graded by {claim.credibility.gradedBy} on{" "}
              <time dateTime={claim.credibility.gradedOn}>
                {dayLabel(claim.credibility.gradedOn)}
              </time>
              : {claim.credibility.rationale}
            </span>
          </dd>
        </div>
        <div>
          <dt>First reported</dt>
          <dd>
            {claim.firstReported === undefined ? (
              "not known: no source of it is dated"
            ) : claim.firstReportedVia === undefined ? (
              <DateText date={claim.firstReported} />
            ) : (
              <>
                by <DateText date={claim.firstReported} />, when{" "}
                <a href={claim.firstReportedVia.href}>{claim.firstReportedVia.label}</a> drew on its
                undated source
              </>
            )}
          </dd>
        </div>
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
      <ol className="appearances" aria-label="Where the claim appears">
        {claim.appearances.map((appearance, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a claim may quote one source more than once; this server-rendered list keeps record order and never changes
          <li key={`${appearance.source.id}-${i}`} className="appearance">
            <blockquote
              className="quote"
              {...(appearance.source.url === undefined ? {} : { cite: appearance.source.url })}
            >
              <p>{appearance.quote}</p>
            </blockquote>
            <p className="appearance__source">
              <span className="visually-hidden">Source: </span>
              <a href={appearance.source.href}>{appearance.source.label}</a>
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
              <span className="admiralty">together {appearance.admiralty}</span>
              {appearance.source.url && (
                <>
                  {" "}
                  · <ExternalLink href={appearance.source.url}>Read the original</ExternalLink>
                </>
              )}
            </p>
            {appearance.chain.length > 1 && (
              <p className="appearance__chain">
                <span className="label">How it got here:</span>{" "}
                {appearance.chain.map((node, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a chain's links keep their order and never change
                  <span key={j}>
                    {j > 0 && <span aria-hidden="true"> → </span>}
                    {j > 0 && <span className="visually-hidden">, then </span>}
                    <span className="chain__node">
                      {node.href === undefined ? node.label : <a href={node.href}>{node.label}</a>}
                    </span>
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
        ))}
      </ol>
      {claim.relations.length > 0 && (
        <ul className="claim__relations">
          {claim.relations.map((relation) => (
            <li key={`${relation.type}-${relation.claim.id}`}>
              <span className="label">{relation.label}</span>{" "}
              <a href={relation.claim.href}>{relation.claim.statement}</a>
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
      <footer className="claim__footer" data-pagefind-ignore="all">
        <a href={`#${claim.anchor}`} className="permalink">
          Permalink<span className="visually-hidden"> to this claim</span>
        </a>
        <CiteBox id={claim.anchor} citation={citation} what="this claim" />
      </footer>
    </article>
  );
}
