import { scaleUtc } from "d3-scale";
import type { TimelineEntryView } from "@/lib/corpus";
import styles from "./charts.module.css";

const WIDTH = 720;
const MARGIN = 16;
const LANE = 24;
const DAY = 86_400_000;

function utc(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

interface Mark {
  /** The numbers of the events it stands for, as printed: "4", "4–8", "1, 3". */
  readonly label: string;
  readonly x0: number;
  readonly x1: number;
  readonly exact: boolean;
  readonly inferred: boolean;
  /** The claims the mark's events rest on, for "As known on". */
  readonly claims: string;
  lane: number;
}

/** "4–8" for a run of numbers, "1, 3" otherwise. */
function numbersLabel(numbers: readonly number[]): string {
  const first = numbers[0] ?? 0;
  const last = numbers.at(-1) ?? 0;
  if (numbers.length > 2 && last - first === numbers.length - 1) return `${first}–${last}`;
  return numbers.join(", ");
}

/** Each mark in the first lane where it clears the one before it (its number needs room). */
function stack(marks: Mark[]): number {
  const ends: number[] = [];
  for (const mark of marks) {
    const half = mark.label.length * 3.5 + 3;
    const start = mark.x0 - half;
    let lane = ends.findIndex((end) => end < start);
    if (lane === -1) lane = ends.push(0) - 1;
    ends[lane] = Math.max(mark.x1, mark.x0 + half);
    mark.lane = lane;
  }
  return Math.max(ends.length, 1);
}

/**
 * The dated events on one time axis, drawn at build time (d3-scale places them and picks the
 * ticks). A dot is a day; a hollow bar spans a date known only to the month or the year; a dashed
 * outline is a date inferred rather than stated. Each mark is numbered as in the list below it,
 * which is the chart's text.
 */
export function TimelineStrip({ entries }: { entries: readonly TimelineEntryView[] }) {
  if (entries.length === 0) return null;
  // Days as YYYY-MM-DD: in text order, they are in time order.
  const days = entries.flatMap((entry) => [entry.date.earliest, entry.date.latest]).sort();
  const first = days[0] ?? "";
  const last = days.at(-1) ?? "";
  const span = Math.max(utc(last).getTime() + DAY - utc(first).getTime(), 30 * DAY);
  const pad = span * 0.03;
  const x = scaleUtc()
    .domain([new Date(utc(first).getTime() - pad), new Date(utc(last).getTime() + DAY + pad)])
    .range([MARGIN, WIDTH - MARGIN]);
  // Events with the same date share one mark, numbered with all of theirs.
  const byDate = new Map<
    string,
    { entry: TimelineEntryView; numbers: number[]; claims: Set<string> }
  >();
  entries.forEach((entry, i) => {
    const key = `${entry.date.earliest}/${entry.date.latest}/${entry.inferred !== undefined}`;
    const same = byDate.get(key) ?? { entry, numbers: [], claims: new Set<string>() };
    same.numbers.push(i + 1);
    for (const claim of entry.claims) same.claims.add(claim.id);
    byDate.set(key, same);
  });
  const marks: Mark[] = [...byDate.values()].map(({ entry, numbers, claims }) => ({
    claims: [...claims].join(" "),
    label: numbersLabel(numbers),
    x0: x(utc(entry.date.earliest)),
    x1: x(new Date(utc(entry.date.latest).getTime() + DAY)),
    exact: entry.date.earliest === entry.date.latest,
    inferred: entry.inferred !== undefined,
    lane: 0,
  }));
  const lanes = stack(marks);
  const axisY = lanes * LANE + 18;
  const height = axisY + 20;
  const ticks = x.ticks(6);
  const format = x.tickFormat(6);
  const firstLabel = entries[0]?.date.label ?? "";
  const lastLabel = entries.at(-1)?.date.label ?? "";
  return (
    <figure className={styles.figure} data-chart="timeline">
      <div className={styles.scroller}>
        <svg
          className={styles.strip}
          viewBox={`0 0 ${WIDTH} ${height}`}
          role="img"
          aria-labelledby="timeline-chart-title timeline-chart-desc"
        >
          <title id="timeline-chart-title">
            {`Timeline of ${entries.length} dated ${entries.length === 1 ? "event" : "events"}, ${firstLabel} to ${lastLabel}.`}
          </title>
          <desc id="timeline-chart-desc">
            Each numbered mark is the event of that number in the list below: a dot is known to the
            day, a hollow bar spans a date known only to the month or year, a dashed outline is an
            inferred date.
          </desc>
          <line className={styles.axis} x1={MARGIN} x2={WIDTH - MARGIN} y1={axisY} y2={axisY} />
          {ticks.map((tick) => (
            <text
              key={tick.getTime()}
              className={styles.tick}
              x={x(tick)}
              y={axisY + 15}
              textAnchor="middle"
            >
              {format(tick)}
            </text>
          ))}
          {marks.map((mark) => {
            const y = mark.lane * LANE + 20;
            const kind = [
              styles.event,
              mark.exact ? "" : styles.approximate,
              mark.inferred ? styles.inferred : "",
            ]
              .filter(Boolean)
              .join(" ");
            return (
              <g key={mark.label} data-rests-on={mark.claims}>
                {mark.exact ? (
                  <circle className={kind} cx={mark.x0} cy={y} r={4.5} />
                ) : (
                  <rect
                    className={kind}
                    x={mark.x0}
                    y={y - 4}
                    width={Math.max(mark.x1 - mark.x0, 6)}
                    height={8}
                    rx={2}
                  />
                )}
                <text
                  className={styles.number}
                  x={mark.exact ? mark.x0 : mark.x0 + 2}
                  y={y - 7}
                  textAnchor={mark.exact ? "middle" : "start"}
                >
                  {mark.label}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className={styles.legend}>
        ● a day · ▭ a month or a year (approximate) · dashed: inferred. Numbers as in the list.
      </figcaption>
    </figure>
  );
}
