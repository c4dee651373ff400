import type { Dossier } from "@/lib/corpus";
import { dateView } from "@/lib/dates";

/** The most days offered as buttons; the picker offers every day of the range. */
const MAX_STEPS = 8;

/** What "As known on" can offer for a dossier: the range of its dates, and the days it changes. */
export function asOfRange(dossier: Dossier) {
  const claims = dossier.groups.flatMap((group) => group.claims);
  const steps = [
    ...new Set(claims.flatMap((claim) => (claim.knownFrom === undefined ? [] : [claim.knownFrom]))),
  ].sort();
  if (steps.length === 0) return undefined;
  // From the earliest date its sources give, an event's included, to the last day a claim appears.
  const dates = [
    ...dossier.timeline.map((entry) => entry.date),
    ...Object.values(dossier.dates).map((fact) => fact.date),
  ];
  const days = [...steps, ...dates.flatMap((date) => [date.earliest, date.latest])].sort();
  return {
    earliest: days[0] ?? "",
    latest: days.at(-1) ?? "",
    steps,
    undated: claims.filter((claim) => claim.knownFrom === undefined).length,
  };
}

/**
 * "As known on": a day picker that shows the dossier as its sources had it by then: the claims
 * no source had published are hidden, and the counts, the standing chart, the timeline, the
 * impacts, the summary's sentences and the contested sides follow. The page works without it
 * (it is `hidden` until `public/site.js` wires it up, which also keeps the day in the address
 * as `?as-of=`).
 */
export function AsOfControl({ dossier }: { dossier: Dossier }) {
  const range = asOfRange(dossier);
  if (range === undefined)
    return (
      <p className="as-of__none">
        No source of this dossier is dated, so its claims cannot be placed in time.
      </p>
    );
  return (
    <div className="as-of" data-as-of hidden>
      <label htmlFor="as-of-day">As known on</label>{" "}
      <input
        id="as-of-day"
        type="date"
        min={range.earliest}
        max={range.latest}
        aria-describedby="as-of-help"
      />{" "}
      {range.steps.length <= MAX_STEPS &&
        range.steps.map((day) => (
          <button key={day} type="button" data-day={day}>
            {dateView(day)?.label ?? day}
          </button>
        ))}{" "}
      <button type="button" data-reset disabled>
        Show all
      </button>
      <p id="as-of-help" className="as-of__help">
        Its sources give dates from {dateView(range.earliest)?.label} to{" "}
        {dateView(range.latest)?.label}. A claim counts from the day a source had certainly
        published it
        {range.undated === 0
          ? "."
          : `; ${range.undated === 1 ? "1 claim has" : `${range.undated} claims have`} no dated source and ${range.undated === 1 ? "stays" : "stay"}, marked undated.`}
      </p>
      <p className="as-of__status" role="status" />
    </div>
  );
}
