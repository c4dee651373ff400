import type { TextNode } from "@/lib/archive";
import styles from "../archive.module.css";

/** Nodes of a paragraph: text as React escapes it, quotes as marks (nested where they overlap). */
function Nodes({ nodes }: { nodes: readonly TextNode[] }) {
  return nodes.map((node, i) =>
    typeof node === "string" ? (
      node
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: a fixed text rendered once on the server
      <mark key={i} id={node.id} data-quote={node.quote} className={styles.quote}>
        <Nodes nodes={node.children} />
      </mark>
    ),
  );
}

/** The archived text, paragraph by paragraph, as characters: never read as markup. */
export function ArchivedText({
  paragraphs,
  language,
}: {
  paragraphs: readonly (readonly TextNode[])[];
  language: string;
}) {
  return (
    <div className={styles.text} lang={language}>
      {paragraphs.map((nodes, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no id and may repeat; the text never changes
        <p key={i}>
          <Nodes nodes={nodes} />
        </p>
      ))}
    </div>
  );
}
