import type { Dossier } from "@/lib/corpus";
import styles from "./charts.module.css";

const WIDTH = 600;
const HEIGHT = 24;

function plural(n: number, one: string, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * "How sure": the dossier's claims by standing, as one bar split in proportion, drawn at build
 * time; the numbers are in its title and in the key under it, each a link to its group.
 */
export function StandingChart({ groups }: { groups: Dossier["groups"] }) {
  const total = groups.reduce((n, group) => n + group.claims.length, 0);
  const shown = groups.filter((group) => group.claims.length > 0);
  const words = shown.map((group) => `${group.claims.length} ${group.title.toLowerCase()}`);
  let x = 0;
  return (
    <figure className={styles.figure} data-chart="standing">
      <svg
        className={styles.bar}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-labelledby="standing-chart-title"
      >
        <title id="standing-chart-title">
          {`Claims by standing: ${plural(total, "claim")}, ${words.join(", ")}.`}
        </title>
        {shown.map((group) => {
          const width = total === 0 ? 0 : (group.claims.length / total) * WIDTH;
          const rect = (
            <rect
              key={group.group}
              data-group={group.group}
              className={`${styles.segment} chart-fill--${group.group}`}
              x={x}
              y={0}
              width={width}
              height={HEIGHT}
            />
          );
          x += width;
          return rect;
        })}
      </svg>
      <figcaption>
        <ul className={styles.key}>
          {shown.map((group) => (
            <li key={group.group}>
              <span className={`${styles.swatch} chart-bg--${group.group}`} aria-hidden="true" />
              <a href={`#standing-${group.group}`}>
                <strong data-group={group.group}>{group.claims.length}</strong>{" "}
                {group.title.toLowerCase()}
              </a>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
