import { CREDIBILITY_GRADES, RELIABILITY_GRADES } from "@leaks/schema";
import type { Metadata } from "next";
import { CLAIM_STANDING_LABELS, CLAIM_STANDING_MEANINGS } from "@/lib/labels";

export const metadata: Metadata = {
  title: "Method and how to contribute",
  description:
    "How the dossier records claims: standing, Admiralty grades, independence of sources, harm minimisation, and how to add or correct a record.",
  alternates: { canonical: "/about/" },
};

export default function AboutPage() {
  return (
    <article className="prose-page" data-pagefind-body>
      <header className="page-header">
        <p className="eyebrow" data-pagefind-meta="type:Method">
          Method
        </p>
        <h1>How the dossier is made</h1>
        <p className="lede">
          The dossier records what published sources say about leaks of classified intelligence, who
          says it, and how far it can be trusted. It does not speak in its own voice: every
          statement is a claim, attributed and quoted.
        </p>
      </header>
      <nav className="toc" aria-label="On this page">
        <ul>
          <li>
            <a href="#claims">Claims</a>
          </li>
          <li>
            <a href="#standing">Standing</a>
          </li>
          <li>
            <a href="#grades">Admiralty grades</a>
          </li>
          <li>
            <a href="#independence">Independence</a>
          </li>
          <li>
            <a href="#dates">Dates</a>
          </li>
          <li>
            <a href="#harm">Harm minimisation</a>
          </li>
          <li>
            <a href="#contribute">Contribute</a>
          </li>
        </ul>
      </nav>

      <section id="claims" aria-labelledby="claims-title">
        <h2 id="claims-title">Claims, not facts</h2>
        <p>
          A claim is one checkable statement in neutral words. It names who asserts it: a named
          actor, the author of a source speaking in the source&apos;s own voice, or unnamed people
          described exactly as the source describes them (&ldquo;a current and a former American
          official&rdquo;); unnamed people are never turned into invented actors. Each claim appears
          in one or more sources, each with a short verbatim quote that locates it. Where the
          source&apos;s text is archived in the repository, the quote is checked against it.
        </p>
        <p>
          Opinion, speculation, expert assessment and reader comments are claims too, recorded as
          such and attributed. A corrected claim is superseded by a new one, never deleted.
        </p>
      </section>

      <section id="standing" aria-labelledby="standing-title">
        <h2 id="standing-title">Standing</h2>
        <p>
          A dossier groups its claims into five parts so that what is settled never mixes with what
          is not:
        </p>
        <dl className="definitions">
          <dt>Established</dt>
          <dd>Confirmed or corroborated: two or more independent origins agree.</dd>
          <dt>Reported</dt>
          <dd>
            Reported or alleged: carried by a reporting source, or asserted by a claimant, and not
            yet corroborated independently.
          </dd>
          <dt>Disputed</dt>
          <dd>A party or another claim disputes it.</dd>
          <dt>Denied or retracted</dt>
          <dd>Denied by a party, or withdrawn by whoever made it.</dd>
          <dt>Opinion and speculation</dt>
          <dd>
            Opinion, speculation, expert assessment and reader comments, whatever their standing.
          </dd>
        </dl>
        <p id="pairs">
          Apart from the groups, a dossier shows two kinds of pairs. <strong>Contested</strong>{" "}
          pairs are two claims that contradict each other: they cannot both be true, and the dossier
          shows them side by side, whatever group each is in; a dossier&apos;s count of contested
          pairs is the number of these. Claims <strong>in tension</strong> can both be true but pull
          in different directions; they are shown apart, as pairs of their own, and never counted as
          contested. A claim that is a side of a pair says so with a badge that links to its pair.
        </p>
        <p>Each claim also carries its own standing, one of:</p>
        <dl className="definitions">
          {Object.entries(CLAIM_STANDING_LABELS).map(([key, label]) => (
            <div key={key}>
              <dt>{label}</dt>
              <dd>{CLAIM_STANDING_MEANINGS[key as keyof typeof CLAIM_STANDING_MEANINGS]}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section id="grades" aria-labelledby="grades-title">
        <h2 id="grades-title">Admiralty grades</h2>
        <p>
          Sources and claims are graded on the Admiralty scale (NATO STANAG 2511), which keeps two
          questions apart: how reliable is the source, and how credible is this piece of
          information. A letter grades the source, a number the claim; read together,{" "}
          <strong>B2 = usually reliable, probably true</strong>. Every grade records who gave it,
          when, and why.
        </p>
        <div className="table-pair">
          <table>
            <caption>Source reliability</caption>
            <thead>
              <tr>
                <th scope="col">Grade</th>
                <th scope="col">Meaning</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(RELIABILITY_GRADES).map(([grade, meaning]) => (
                <tr key={grade}>
                  <th scope="row">{grade}</th>
                  <td>{meaning}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table>
            <caption>Information credibility</caption>
            <thead>
              <tr>
                <th scope="col">Grade</th>
                <th scope="col">Meaning</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(CREDIBILITY_GRADES).map(([grade, meaning]) => (
                <tr key={grade}>
                  <th scope="row">{grade}</th>
                  <td>{meaning}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section id="independence" aria-labelledby="independence-title">
        <h2 id="independence-title">Independence of sources</h2>
        <p>
          Many reports repeat one another. Each source records what it draws on: whether it relays
          another outlet&apos;s reporting as its own, quotes it, summarises it, or merely cites it.
          Each appearance of a claim records how that source got it, so every claim shows its own
          chain (unnamed officials &rarr; the outlet they spoke to &rarr; the outlets that relayed
          it) and how many independent origins carry it: several reports that all relay one origin
          count as one, and so do two reports by one publisher. What else a source cites does not
          count for a claim it did not take from there. A claim is only &ldquo;corroborated&rdquo;
          or &ldquo;confirmed&rdquo; on two independent origins, and an effect on a relationship is
          never stated more firmly than its claims: each says whether it is established, reported,
          feared or speculated.
        </p>
      </section>

      <section id="dates" aria-labelledby="dates-title">
        <h2 id="dates-title">Dates and their precision</h2>
        <p>
          Dates are shown as precisely as the sources allow, and no more: &ldquo;2017&rdquo;,
          &ldquo;May 2017&rdquo; or &ldquo;16 May 2017&rdquo;; &ldquo;c. May 2017&rdquo; when
          approximate, &ldquo;(uncertain)&rdquo; when in doubt, and a range where the sources give
          one. An article&apos;s date is never taken for the date of the events it reports. Where a
          source gives only a weekday or a relative day (&ldquo;on Tuesday&rdquo;, &ldquo;last
          week&rdquo;), the date is inferred from a dated source and shown as inferred, with the
          words it comes from. The &ldquo;as known on&rdquo; control of a dossier shows only the
          claims a source had certainly published by a chosen day.
        </p>
      </section>

      <section id="harm" aria-labelledby="harm-title">
        <h2 id="harm-title">Harm minimisation</h2>
        <p>
          No record names, or helps identify, an alleged covert human source, even where a
          publication did. Unnamed claimants are described only as their source describes them.
          Quotes are kept short: enough to locate a claim, never to reproduce a document.
        </p>
      </section>

      <section id="contribute" aria-labelledby="contribute-title">
        <h2 id="contribute-title">How to contribute</h2>
        <p>
          The records are YAML files in the repository under <code>packages/corpus/data/</code>: one
          file per incident, actor and source, and one per claim in the folder of its first
          incident. To add or correct one:
        </p>
        <ol>
          <li>
            Create a record from a commented template, e.g.{" "}
            <code>pnpm leaks new claim &lt;id&gt;</code>, or edit the file named at the foot of its
            page.
          </li>
          <li>
            Quote the source verbatim, give its URL only where you know it, and grade it with your
            reasons.
          </li>
          <li>
            Run <code>pnpm leaks validate</code>: it names the file, line and column of anything
            wrong, and how to fix it. <code>pnpm leaks fmt</code> puts the file in canonical order.
          </li>
          <li>Open a pull request; a reviewer checks the sources.</li>
        </ol>
        <p>
          Contributed text is treated as untrusted: the site shows it as plain text, links only to
          http(s) addresses, and serves every page under a strict Content Security Policy.
        </p>
      </section>
    </article>
  );
}
