import {
  type CST,
  type Document,
  isCollection,
  isDocument,
  isNode,
  isPair,
  isScalar,
  visit,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";

type Collection = YAMLMap | YAMLSeq;

interface CommentLine {
  readonly indent: number;
  readonly text: string;
}

function indentOf(node: Collection): number {
  const token = node.srcToken;
  return token !== undefined && "indent" in token ? token.indent : 0;
}

function trailingCommentLines(node: Collection): CommentLine[] {
  const token = node.srcToken;
  if (token === undefined || (token.type !== "block-map" && token.type !== "block-seq")) return [];
  const last = (token as CST.BlockMap | CST.BlockSequence).items.at(-1);
  if (last === undefined || "key" in last || "value" in last || "sep" in last) return [];
  return last.start
    .filter((t): t is CST.SourceToken => t.type === "comment")
    .map((t) => ({ indent: t.indent, text: t.source.slice(1) }));
}

/** The outermost of the innermost ancestors whose indentation is at most `indent`. */
function ownerOf(indent: number, ancestors: readonly Collection[]): Collection | undefined {
  let owner: Collection | undefined;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const candidate = ancestors[i];
    if (candidate === undefined) continue;
    if (owner === undefined) {
      if (indentOf(candidate) <= indent) owner = candidate;
    } else if (indentOf(candidate) === indentOf(owner)) owner = candidate;
    else break;
  }
  return owner;
}

/** The node a comment placed before `item` of a collection is printed above. */
function commentHolder(item: unknown) {
  const node = isPair(item) ? item.key : item;
  return isNode(node) ? node : undefined;
}

/**
 * The yaml library hands every comment after the end of a nested block to the innermost
 * collection, whatever its indentation, so a comment written at the top level after a nested
 * list would be printed inside it. This gives each such comment line back to where its
 * indentation puts it: above the next entry of the collection it is aligned with, or at the
 * end of that collection.
 */
export function reattachTrailingComments(doc: Document.Parsed): void {
  const found: { node: Collection; path: readonly unknown[] }[] = [];
  visit(doc, {
    Collection(_, node, path) {
      found.push({ node, path: [...path] });
    },
  });
  // Deepest first, so that lines lifted to a collection's end can be lifted again from there.
  found.sort((a, b) => b.path.length - a.path.length);
  const lifted = new Map<Collection, CommentLine[]>();
  for (const { node, path } of found) {
    const own = trailingCommentLines(node);
    const written = (node.comment ?? "").split("\n").filter((line) => line !== "");
    const movable =
      own.length > 0 &&
      own.length === written.length &&
      own.every((line, i) => line.text.trimEnd() === (written[i] ?? "").trimEnd());
    const incoming = lifted.get(node) ?? [];
    if (incoming.length === 0 && !movable) continue;
    const ancestors = path.filter(
      (step): step is Collection => isCollection(step) && !isDocument(step),
    );
    const keep: string[] = movable ? [] : written;
    const before = new Map<unknown, string[]>();
    for (const line of [...incoming, ...(movable ? own : [])]) {
      const owner = line.indent >= indentOf(node) ? undefined : ownerOf(line.indent, ancestors);
      if (owner === undefined) {
        keep.push(line.text);
        continue;
      }
      const branch = path[path.indexOf(owner) + 1] ?? node;
      const next = owner.items[(owner.items as unknown[]).indexOf(branch) + 1];
      const holder = commentHolder(next);
      if (holder === undefined) lifted.set(owner, [...(lifted.get(owner) ?? []), line]);
      else before.set(holder, [...(before.get(holder) ?? []), line.text]);
    }
    for (const [holder, lines] of before) {
      const target = holder as { commentBefore?: string | null };
      target.commentBefore = [...lines, target.commentBefore].filter(Boolean).join("\n");
    }
    node.comment = keep.length === 0 ? null : keep.join("\n");
  }
}

/**
 * The yaml library gives the comment lines after a key with an empty value (`grade:`) to that
 * value, so they would print on its line (`grade: # the next key's note`). This hands the
 * lines written below it to the next entry (or to the end of the mapping); a comment on the
 * key's own line stays there.
 */
export function reattachCommentsAfterEmptyValues(doc: Document.Parsed): void {
  visit(doc, {
    Map(_, map) {
      map.items.forEach((pair, index) => {
        const value = pair.value;
        if (!isScalar(value) || value.value !== null || !value.comment) return;
        const sep = (pair.srcToken as CST.BlockMap["items"][number] | undefined)?.sep ?? [];
        const firstBreak = sep.findIndex((token) => token.type === "newline");
        if (firstBreak < 0) return;
        const sameLine = sep
          .slice(0, firstBreak)
          .filter((token) => token.type === "comment").length;
        const lines = value.comment.split("\n");
        const below = lines.slice(sameLine);
        if (below.length === 0) return;
        value.comment = sameLine === 0 ? null : lines.slice(0, sameLine).join("\n");
        const holder = commentHolder(map.items[index + 1]);
        if (holder === undefined) {
          map.comment = [below.join("\n"), map.comment].filter(Boolean).join("\n");
          return;
        }
        // The parser marks the next key as set apart by the comment's line; a blank line
        // between these lines and the key's own comment stays between them.
        holder.commentBefore = holder.commentBefore
          ? [below.join("\n"), ...(holder.spaceBefore ? [""] : []), holder.commentBefore].join("\n")
          : below.join("\n");
        // Keep only a blank line that was written above the comment.
        const firstBelow = sep.findIndex((token, i) => i > firstBreak && token.type === "comment");
        const breaks = sep.slice(firstBreak, firstBelow).filter((t) => t.type === "newline");
        holder.spaceBefore = breaks.length > 1;
      });
    },
  });
}
