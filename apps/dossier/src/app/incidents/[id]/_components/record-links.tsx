import { recordFileHref } from "@/lib/downloads";
import { REPOSITORY_URL } from "@/lib/site";

/** How to get the dossier's data and change its record. */
export function RecordLinks({
  incidentId,
  recordPath,
}: {
  incidentId: string;
  recordPath: string;
}) {
  const served = recordFileHref(recordPath);
  return (
    <section id="record" aria-labelledby="record-title" className="record-links">
      <h2 id="record-title">Data and corrections</h2>
      <ul>
        <li>
          <a href={`/incidents/${incidentId}/dossier.json`} type="application/json">
            This dossier as JSON
          </a>{" "}
          (the validated incident, its claims, sources and actors).
        </li>
        <li>
          The record file: <code>{recordPath}</code>
          {served && (
            <>
              {" "}
              (<a href={served}>view it</a>)
            </>
          )}
          {REPOSITORY_URL && (
            <>
              {" "}
              ·{" "}
              <a href={`${REPOSITORY_URL}/edit/main/${recordPath}`} rel="noopener noreferrer">
                Edit it
              </a>
            </>
          )}
          . Every claim has its own file under{" "}
          <code>packages/corpus/data/claims/{incidentId}/</code>.
        </li>
        <li>
          Found an error or a missing source? <a href="/about/#contribute">How to contribute</a>.
        </li>
      </ul>
    </section>
  );
}
