/**
 * "As known on": a day picker that hides the claims no source had published by then. The page
 * works without it (it is `hidden` until `public/site.js` wires it up, which also reads and
 * writes the day in the address as `?as-of=`).
 */
export function AsOfControl({ earliest, latest }: { earliest: string; latest: string }) {
  return (
    <div className="as-of" data-as-of hidden>
      <label htmlFor="as-of-day">As known on</label>{" "}
      <input id="as-of-day" type="date" min={earliest} max={latest} aria-describedby="as-of-help" />{" "}
      <button type="button" disabled>
        Show all
      </button>
      <p id="as-of-help" className="as-of__help">
        Only the claims a source had certainly published by that day (a source dated only to a month
        counts from its last day).
      </p>
      <p className="as-of__status" role="status" />
    </div>
  );
}
