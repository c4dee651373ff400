import { type Dossier, shortLabel } from "@/lib/corpus";
import { clip } from "@/lib/labels";
import {
  CHAR_WIDTH,
  claimRelayGraph,
  edgesPath,
  type GraphNode,
  incidentOriginCount,
  incidentRelayBands,
  type LaidOutGraph,
  NODE_HEIGHT,
  type OriginBand,
} from "@/lib/relay-graph";
import type { ClaimView } from "@/lib/views";
import styles from "./relay-graph.module.css";

/**
 * The boxes and arrows of one graph, `dy` lower than laid out: all edges in one path, each box a
 * rect and its name, no group around them (a dossier draws many: its markup stays lean).
 */
function GraphBody({ graph, dy = 0 }: { graph: LaidOutGraph; dy?: number }) {
  return (
    <>
      {graph.edges.length > 0 && <path d={edgesPath(graph, dy)} />}
      {graph.nodes.map((node) => [
        <rect
          key={`${node.key}-box`}
          {...(node.origin ? { className: "o" } : {})}
          x={node.x - node.width / 2}
          y={node.y + dy - NODE_HEIGHT / 2}
          width={node.width}
          height={NODE_HEIGHT}
          rx={node.kind === "claimant" ? 11 : 2}
        />,
        <text key={`${node.key}-name`} x={node.x} y={node.y + dy + 4}>
          {node.text}
        </text>,
      ])}
    </>
  );
}

/**
 * A claim's chains drawn as one graph, where they meet or part (else the lines of text say it
 * as well). The picture repeats the chains under it, which are its text: it is hidden from
 * screen readers, and from paper.
 */
export function ClaimRelayGraph({ claim }: { claim: ClaimView }) {
  const graph = claimRelayGraph(claim);
  if (graph === undefined) return null;
  return (
    <figure className={styles.figure} data-chart="relays-claim">
      <div className={styles.scroller}>
        <svg
          className={styles.graph}
          viewBox={`0 0 ${graph.width} ${graph.height}`}
          width={graph.width}
          aria-hidden="true"
        >
          <GraphBody graph={graph} />
        </svg>
      </div>
      <figcaption>
        The chains below, drawn: each arrow runs to the one that carried it on.
      </figcaption>
    </figure>
  );
}

const HEAD = 22;
/** On a page of its own the drawing has room: a little larger than in a claim's evidence. */
const SCALE = 1.25;
const GAP = 6;

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The dossier's link to its drawing of who relayed whom, which has a page of its own. */
export function RelaysLink({ dossier }: { dossier: Dossier }) {
  const origins = incidentOriginCount(
    dossier.groups.flatMap((group) => group.claims),
    dossier.sources,
  );
  if (origins === 0) return null;
  return (
    <p className={styles.link}>
      <a href={`${dossier.href}relays/`}>
        Who relayed whom: the claims came from {plural(origins, "origin")}, drawn
      </a>
    </p>
  );
}

/** A box's source by its own label (a drawing names the outlet, which two sources may share). */
function NodeLink({ node, names }: { node: GraphNode | undefined; names: Names }) {
  if (node === undefined) return null;
  const label = names.get(node.key) ?? node.label;
  return node.href === undefined ? label : <a href={node.href}>{label}</a>;
}

type Names = ReadonlyMap<string, string>;

/** One band in words: where its claims were first published, and each link of what followed. */
function BandText({ band, names }: { band: OriginBand; names: Names }) {
  const nodes = new Map(band.graph.nodes.map((node) => [node.key, node]));
  const origins = band.graph.nodes.filter((node) => node.origin);
  return (
    <li data-origin-text>
      <strong>{band.voice}</strong> ({plural(band.quotes, "quote")}): first in{" "}
      {origins.map((node, i) => (
        <span key={node.key}>
          {i > 0 && ", "}
          <NodeLink node={node} names={names} />
        </span>
      ))}
      {band.graph.links.length > 0 && (
        <ul className={styles.links}>
          {band.graph.links.map(([from, to]) => (
            <li key={`${from}>${to}`}>
              <NodeLink node={nodes.get(from)} names={names} /> →{" "}
              <NodeLink node={nodes.get(to)} names={names} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * Every source that carried a claim of the incident, one band for each voice (publisher) the
 * claims entered the record through, from its origins through each relay: what the reader counts
 * apart is what the dataset counts apart. The list under it says every link in words.
 */
export function IncidentRelayGraph({ dossier }: { dossier: Dossier }) {
  const claims = dossier.groups.flatMap((group) => group.claims);
  const bands = incidentRelayBands(claims, dossier.sources);
  if (bands.length === 0) return <p className="empty">No claim of this incident has a source.</p>;
  const width = Math.max(...bands.map((band) => band.graph.width), 320);
  let y = 0;
  const placed = bands.map((band) => {
    const top = y;
    y += HEAD + band.graph.height + GAP;
    return { band, top };
  });
  const height = y - GAP;
  const headChars = Math.floor((width - 12) / CHAR_WIDTH);
  const count = plural(bands.length, "origin");
  const names: Names = new Map(
    dossier.sources.map(({ source }) => [`source:${source.id}`, shortLabel(source.label)]),
  );
  return (
    <>
      <figure className={styles.figure} data-chart="relays-incident">
        <div className={styles.scroller}>
          <svg
            className={styles.graph}
            viewBox={`0 0 ${width} ${height}`}
            width={Math.round(width * SCALE)}
            role="img"
            aria-labelledby="relay-map-title"
          >
            <title id="relay-map-title">
              {`Who relayed whom: ${count}, each a band; the list below says it in words.`}
            </title>
            {placed.map(({ band, top }, i) => {
              const quotes = ` (${plural(band.quotes, "quote")})`;
              const name = clip(`${i + 1}. ${band.voice}`, headChars - quotes.length);
              return [
                <rect
                  key={`${band.voice}-band`}
                  className={styles.band}
                  y={top}
                  width={width}
                  height={HEAD + band.graph.height}
                />,
                <text key={`${band.voice}-head`} className={styles.head} x={6} y={top + 15}>
                  {name + quotes}
                </text>,
                <GraphBody key={`${band.voice}-graph`} graph={band.graph} dy={top + HEAD} />,
              ];
            })}
          </svg>
        </div>
        <figcaption>
          The claims entered the record through {count} (a publisher, or the source itself where it
          has none), each a band with the number of quotes that trace back to it. A box with a heavy
          outline is where claims were first published; an arrow runs to the source that carried a
          claim on. A source that carried claims of several origins is in each of their bands. Each
          claim on the dossier counts its own independent origins.
        </figcaption>
      </figure>
      <h2>In words</h2>
      <ol className={styles.bands}>
        {bands.map((band) => (
          <BandText key={band.voice} band={band} names={names} />
        ))}
      </ol>
    </>
  );
}
