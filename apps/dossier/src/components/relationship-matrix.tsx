import { IMPACT_EFFECT_LABELS } from "@/lib/labels";
import {
  type EffectFamily,
  familyEffects,
  type MatrixCell,
  relationshipMatrix,
} from "@/lib/relationship-matrix";
import type { ImpactView } from "@/lib/views";
import styles from "./relationship-matrix.module.css";

const FAMILY_WORDS: Readonly<Record<EffectFamily, string>> = {
  harm: "harm",
  strain: "strain",
  repair: "repair",
  unchanged: "no change",
  other: "other",
};

function Cell({ cells }: { cells: readonly MatrixCell[] }) {
  const gravest = cells[0]?.family ?? "other";
  return (
    <td className={styles[`cell-${gravest}`]} data-effect-family={gravest}>
      {cells.map((cell) => (
        <a key={cell.relationship.id} href={cell.relationship.href}>
          <span className="sr-only">{cell.relationship.label}: </span>
          <ul className={styles.effects}>
            {cell.effects.map((effect) => (
              <li key={`${effect.effect}/${effect.certainty}`}>
                <span
                  className={`${styles.swatch} ${styles[effect.family]} ${effect.hollow ? styles.hollow : ""}`}
                  aria-hidden="true"
                />
                {effect.effectLabel.toLowerCase()}{" "}
                <span className={styles.certainty}>
                  ({effect.certaintyLabel.toLowerCase()}
                  {effect.count > 1 ? `, ${effect.count} times` : ""})
                </span>
              </li>
            ))}
          </ul>
        </a>
      ))}
    </td>
  );
}

/**
 * The affected relationships as a matrix of their parties (states and alliances): each cell
 * tinted by its gravest effect, every effect in words with its certainty, and a link to the
 * relationship's page. Plain HTML: a matrix is a table, and a table gives each cell its row and
 * column headers and its links without any drawing. `min` leaves it out for fewer relationships.
 */
export function RelationshipMatrix({
  impacts,
  min = 2,
  caption,
}: {
  impacts: readonly ImpactView[];
  min?: number;
  caption: string;
}) {
  const matrix = relationshipMatrix(impacts);
  if (matrix.relationships < min) return null;
  return (
    <figure className={styles.figure} data-chart="relationships">
      <div className={styles.scroller}>
        <table className={styles.matrix}>
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <td />
              {matrix.columns.map((column) => (
                <th key={column.id} scope="col">
                  {column.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.name}</th>
                {matrix.columns.map((column) => {
                  const cells = matrix.cells.get(`${row.id}|${column.id}`);
                  return cells === undefined ? (
                    <td key={column.id} className={styles.empty}>
                      <span aria-hidden="true">·</span>
                      <span className="sr-only">none recorded</span>
                    </td>
                  ) : (
                    <Cell key={column.id} cells={cells} />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption>
        <ul className={styles.key} aria-label="Key">
          {matrix.families.map((family) => (
            <li key={family}>
              <span className={`${styles.swatch} ${styles[family]}`} aria-hidden="true" />
              <strong>{FAMILY_WORDS[family]}</strong>:{" "}
              {familyEffects(family, IMPACT_EFFECT_LABELS)
                .map((label) => label.toLowerCase())
                .join(", ")}
            </li>
          ))}
          <li>
            <span className={`${styles.swatch} ${styles.unchanged}`} aria-hidden="true" /> filled:
            established or reported;{" "}
            <span
              className={`${styles.swatch} ${styles.unchanged} ${styles.hollow}`}
              aria-hidden="true"
            />{" "}
            hollow: feared or speculated
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
