import { ClaimRefs } from "@/components/claim-refs";
import { DateText } from "@/components/date-text";
import type { TimelineEntryView } from "@/lib/corpus";
import { TimelineStrip } from "./timeline-strip";

export function Timeline({
  entries,
  numbers,
}: {
  entries: readonly TimelineEntryView[];
  numbers: Readonly<Record<string, number>>;
}) {
  return (
    <section id="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      {entries.length === 0 ? (
        <p className="empty">No dated events recorded yet.</p>
      ) : (
        <>
          <TimelineStrip entries={entries} />
          <details className="timeline__all">
            <summary>
              The {entries.length === 1 ? "event" : `${entries.length} events`}, with the claims
              each rests on
            </summary>
            <ol className="timeline">
              {entries.map((entry, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: timeline entries have no id; this server-rendered list keeps record order and never changes
                <li key={i} data-rests-on={entry.claims.map((claim) => claim.id).join(" ")}>
                  <p className="timeline__date">
                    <DateText date={entry.date} />
                  </p>
                  {entry.inferred && <p className="timeline__inferred">Date {entry.inferred}</p>}
                  <p className="timeline__event">{entry.event}</p>
                  <p className="timeline__basis">
                    <ClaimRefs claims={entry.claims} label="Per" numbers={numbers} />
                  </p>
                </li>
              ))}
            </ol>
          </details>
        </>
      )}
    </section>
  );
}
