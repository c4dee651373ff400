import { Fragment } from "react";
import { ClaimRefs } from "@/components/claim-refs";
import { DateText } from "@/components/date-text";
import { Prose } from "@/components/prose";
import type { DatedFactView, Dossier, InvolvementView, SummarySentenceView } from "@/lib/corpus";
import { paths } from "@/lib/corpus";

type Numbers = Readonly<Record<string, number>>;

function Parties({
  parties,
  none,
  numbers,
}: {
  parties: readonly InvolvementView[];
  none: string;
  numbers: Numbers;
}) {
  if (parties.length === 0) return <dd className="empty">{none}</dd>;
  return (
    <dd>
      <ul className="parties">
        {parties.map((involvement, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: involvements have no id (a party may be anonymous, or listed twice); this server-rendered list keeps record order and never changes
          <li key={i}>
            {involvement.party.kind === "actor" ? (
              <a href={involvement.party.actor.href}>{involvement.party.actor.name}</a>
            ) : (
              <span className="anonymous">
                {involvement.party.spelledOut}
                {involvement.party.relayedBy && (
                  <>
                    , as relayed by{" "}
                    <a href={involvement.party.relayedBy.href}>
                      {involvement.party.relayedBy.name}
                    </a>
                  </>
                )}
              </span>
            )}{" "}
            <span className="status">({involvement.status})</span>{" "}
            <ClaimRefs claims={involvement.claims} label="per" numbers={numbers} />
          </li>
        ))}
      </ul>
    </dd>
  );
}

function DateFact({
  label,
  fact,
  numbers,
}: {
  label: string;
  fact: DatedFactView | undefined;
  numbers: Numbers;
}) {
  return (
    <div>
      <dt>{label}</dt>
      {fact ? (
        <dd>
          <DateText date={fact.date} />{" "}
          <span className="precision">({fact.date.precisionNote})</span>{" "}
          <ClaimRefs claims={fact.claims} label="per" numbers={numbers} />
        </dd>
      ) : (
        <dd className="empty">not established by the sources</dd>
      )}
    </div>
  );
}

/** A sentence of the summary, then the numbers of the claims it rests on, each a link to it. */
function SummarySentence({
  sentence,
  numbers,
}: {
  sentence: SummarySentenceView;
  numbers: Numbers;
}) {
  const claims = [...sentence.claims].sort((a, b) => (numbers[a.id] ?? 0) - (numbers[b.id] ?? 0));
  if (claims.length === 0) return <>{sentence.text}</>;
  return (
    <span className="summary__sentence" data-rests-on={claims.map((claim) => claim.id).join(" ")}>
      {sentence.text}
      <span className="summary__refs">
        <span className="sr-only"> (rests on {claims.length === 1 ? "claim" : "claims"}</span>
        {claims.map((claim, i) => (
          <Fragment key={claim.id}>
            {i > 0 && ","}
            <a href={`#claim-${claim.id}`}>{numbers[claim.id] ?? claim.id}</a>
          </Fragment>
        ))}
        <span className="sr-only">)</span>
      </span>
    </span>
  );
}

/** The summary: the first thing a reader gets, each sentence with the claims it rests on. */
export function WhatHappened({ dossier }: { dossier: Dossier }) {
  const linked = dossier.summary.some((paragraph) =>
    paragraph.some((sentence) => sentence.claims.length > 0),
  );
  return (
    <section id="what-happened" aria-labelledby="what-happened-title">
      <h2 id="what-happened-title">What happened</h2>
      <div className="summary">
        {dossier.summary.map((paragraph, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no id; this server-rendered text never changes
          <p key={i}>
            {paragraph.map((sentence, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: sentences have no id and may repeat
              <Fragment key={j}>
                {j > 0 && " "}
                <SummarySentence sentence={sentence} numbers={dossier.claimNumbers} />
              </Fragment>
            ))}
          </p>
        ))}
      </div>
      {linked && (
        <p className="summary__key">
          The numbers after each sentence are the claims it rests on, in the ledger below.
        </p>
      )}
    </section>
  );
}

/** Kind, dates, parties, markings and countries, each with the claims it rests on. */
export function KeyFacts({ dossier }: { dossier: Dossier }) {
  return (
    <section id="facts" aria-labelledby="facts-title">
      <h2 id="facts-title">Dates, parties and markings</h2>
      <details className="facts__all">
        <summary>
          When it happened, who disclosed and received it, whose intelligence it was
        </summary>
        <dl className="facts">
          <div>
            <dt>Kind of leak</dt>
            <dd>
              <a href={paths.kind(dossier.kind)}>{dossier.kindLabel}</a>
            </dd>
          </div>
          <DateFact label="Happened" fact={dossier.dates.happened} numbers={dossier.claimNumbers} />
          <DateFact
            label="Became public"
            fact={dossier.dates.public}
            numbers={dossier.claimNumbers}
          />
          <DateFact
            label="Acknowledged"
            fact={dossier.dates.acknowledged}
            numbers={dossier.claimNumbers}
          />
          <div>
            <dt>Who disclosed it</dt>
            <Parties
              parties={dossier.disclosedBy}
              none="not established by the sources"
              numbers={dossier.claimNumbers}
            />
          </div>
          <div>
            <dt>Who received it</dt>
            <Parties
              parties={dossier.receivedBy}
              none="not established by the sources"
              numbers={dossier.claimNumbers}
            />
          </div>
          <div>
            <dt>Whose intelligence</dt>
            <Parties
              parties={dossier.originators}
              none="not established by the sources"
              numbers={dossier.claimNumbers}
            />
          </div>
          <div>
            <dt>Classification markings</dt>
            {dossier.markings.length === 0 ? (
              <dd className="empty">none reported</dd>
            ) : (
              <dd>
                <ul className="parties">
                  {dossier.markings.map((marking, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: markings have no id; this server-rendered list keeps record order and never changes
                    <li key={i}>
                      {marking.levelLabel}
                      {marking.marking && (
                        <>
                          {" "}
                          <code className="marking">{marking.marking}</code>
                        </>
                      )}{" "}
                      <ClaimRefs
                        claims={marking.claims}
                        label="per"
                        numbers={dossier.claimNumbers}
                      />
                    </li>
                  ))}
                </ul>
              </dd>
            )}
          </div>
          {dossier.countries.length > 0 && (
            <div>
              <dt>Countries</dt>
              <dd>
                {dossier.countries.map((country, i) => (
                  <span key={country.code}>
                    {i > 0 && ", "}
                    <a href={paths.country(country.code)}>{country.name}</a>
                  </span>
                ))}
              </dd>
            </div>
          )}
        </dl>
        {dossier.notes && (
          <aside className="editorial-note" aria-label="Editorial note">
            <Prose paragraphs={dossier.notes} />
          </aside>
        )}
      </details>
    </section>
  );
}
