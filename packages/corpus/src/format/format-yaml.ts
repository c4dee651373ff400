import { isDeepStrictEqual } from "node:util";
import {
  type Document,
  isCollection,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  Scalar,
  type ScalarTag,
  type Tags,
  visit,
} from "yaml";
import { stringifyString, stringTag } from "yaml/util";
import { printBlockAsWritten } from "./block-scalar.js";
import { orderKeys } from "./key-order.js";
import type { SchemaNode } from "./schema-walk.js";
import { reattachCommentsAfterEmptyValues, reattachTrailingComments } from "./trailing-comments.js";

/** Width at which the yaml printer folds a `>` scalar it has to print itself. */
const FOLD_WIDTH = 80;

const MODELINE = /^ ?yaml-language-server:/;

export interface FormatError {
  /** `yaml-syntax`: the text does not parse; `fmt-unsafe`: formatting would alter the data. */
  readonly code: "yaml-syntax" | "fmt-unsafe";
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export type FormatResult =
  | { readonly ok: true; readonly text: string; readonly changed: boolean }
  | { readonly ok: false; readonly errors: readonly FormatError[] };

type StringifyScalar = NonNullable<ScalarTag["stringify"]>;

/**
 * Flow scalars stay on one line whatever their length (folding them would scatter a quote
 * over several lines); block scalars keep their author's line breaks.
 */
const stringifyStringCanonically: StringifyScalar = (item, ctx, onComment, onChompKeep) => {
  if (!ctx.implicitKey && !ctx.inFlow) {
    const comment =
      typeof item.comment === "string" && item.comment !== ""
        ? ` ${ctx.options.commentString(item.comment.replace(/ ?[\r\n]+/g, " "))}`
        : "";
    const kept = printBlockAsWritten(item, ctx.indent, comment);
    if (kept !== undefined) {
      if (comment !== "") onComment?.();
      return kept;
    }
    if (item.type === Scalar.BLOCK_FOLDED || item.type === Scalar.BLOCK_LITERAL) {
      // Quoted instead: a block of blanks would take a header comment as its text, and keep
      // chomping (`|+`) hides trailing blank lines that are part of the value.
      const value = String(item.value);
      if (value.trim() === "" || /\n[\t ]*\n[\t \n]*$/.test(value)) {
        const quoted = Object.assign(new Scalar(item.value), item, { type: Scalar.QUOTE_DOUBLE });
        return stringifyString(
          quoted,
          { ...ctx, options: { ...ctx.options, lineWidth: 0 } },
          onComment,
          onChompKeep,
        );
      }
      return stringifyString(
        item,
        { ...ctx, options: { ...ctx.options, lineWidth: FOLD_WIDTH } },
        onComment,
        onChompKeep,
      );
    }
  }
  return stringifyString(
    item,
    { ...ctx, options: { ...ctx.options, lineWidth: 0 } },
    onComment,
    onChompKeep,
  );
};

function withCanonicalStrings(tags: Tags): Tags {
  return tags.map((tag) =>
    tag === stringTag ? { ...stringTag, stringify: stringifyStringCanonically } : tag,
  );
}

function parse(text: string, lineCounter?: LineCounter): Document.Parsed {
  return parseDocument(text, {
    keepSourceTokens: true,
    customTags: withCanonicalStrings,
    prettyErrors: false,
    ...(lineCounter === undefined ? {} : { lineCounter }),
  });
}

/** The data of a document; an error for alias bombs, which `toJS` refuses to expand. */
function dataOf(doc: Document.Parsed): unknown {
  try {
    return doc.toJS();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

function errorsOf(doc: Document.Parsed, lineCounter: LineCounter): FormatError[] {
  return doc.errors.map((error) => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    return { code: "yaml-syntax", line, column: col, message: error.message };
  });
}

/** Removes the `# yaml-language-server: $schema=...` line from the comments and returns it. */
function takeModeline(doc: Document.Parsed): string | undefined {
  const take = (comment: string | null | undefined) => {
    if (typeof comment !== "string") return undefined;
    const lines = comment.split("\n");
    // Usually the first line; taken from further down too, so that it is not written twice.
    const at = lines.findIndex((line) => MODELINE.test(line));
    if (at < 0) return undefined;
    let after = at + 1;
    while (after < lines.length && lines[after] === "") after++;
    return {
      modeline: `#${lines[at]}`.trimEnd(),
      rest: [...lines.slice(0, at), ...lines.slice(after)].join("\n"),
    };
  };
  const fromDoc = take(doc.commentBefore);
  if (fromDoc !== undefined) {
    doc.commentBefore = fromDoc.rest === "" ? null : fromDoc.rest;
    return fromDoc.modeline;
  }
  const contents = doc.contents;
  if (contents === null) return undefined;
  const fromContents = take(contents.commentBefore);
  if (fromContents !== undefined) {
    contents.commentBefore = fromContents.rest === "" ? null : fromContents.rest;
    return fromContents.modeline;
  }
  if (!isMap(contents)) return undefined;
  const firstKey = contents.items[0]?.key;
  if (!isScalar(firstKey) && !isCollection(firstKey)) return undefined;
  const fromKey = take(firstKey.commentBefore);
  if (fromKey === undefined) return undefined;
  firstKey.commentBefore = fromKey.rest === "" ? null : fromKey.rest;
  return fromKey.modeline;
}

/** True when a value's block ends with a comment line of its own. */
function endsWithComment(node: unknown): boolean {
  if (!isCollection(node) || node.items.length === 0) return false;
  if (node.comment) return true;
  const last = node.items.at(-1);
  return endsWithComment(isPair(last) ? last.value : last);
}

/**
 * A comment on the first key of a list item is printed after its dash, where the parser then
 * gives it to the item: hand it to the item at once.
 */
function liftFirstKeyComment(item: unknown): void {
  if (!isMap(item)) return;
  const key = item.items[0]?.key;
  if (!isNode(key) || !key.commentBefore) return;
  item.commentBefore = [item.commentBefore, key.commentBefore].filter(Boolean).join("\n");
  key.commentBefore = null;
}

/**
 * A comment above a file's first key speaks of the whole record: it stays at the top when
 * the keys are reordered under it.
 */
function keepHeaderComment(root: unknown, headerKey: unknown): void {
  if (!isMap(root) || !isNode(headerKey)) return;
  const firstKey = root.items[0]?.key;
  if (firstKey === headerKey || !isNode(firstKey) || headerKey.commentBefore == null) return;
  const header = headerKey.commentBefore;
  headerKey.commentBefore = null;
  firstKey.commentBefore =
    firstKey.commentBefore == null ? header : `${header}\n${firstKey.commentBefore}`;
}

export interface FormatOptions {
  /**
   * The modeline to write first, given the one the file has: for a record file, the one that
   * leads to the JSON Schema of its kind. Without it, the file's own modeline is kept.
   */
  readonly modeline?: (found: string | undefined) => string | undefined;
}

/**
 * Formats one record file: keys in the order of the record's model (when `schema` is given),
 * 2-space block layout, comments kept, no trailing spaces, a final newline, the modeline on
 * the first line. Refuses files that do not parse, and any result whose data would differ.
 */
export function formatYaml(
  text: string,
  schema: SchemaNode | undefined,
  options: FormatOptions = {},
): FormatResult {
  const lineCounter = new LineCounter();
  const doc = parse(text, lineCounter);
  if (doc.errors.length > 0) return { ok: false, errors: errorsOf(doc, lineCounter) };
  const found = takeModeline(doc);
  const modeline = options.modeline === undefined ? found : options.modeline(found);
  reattachTrailingComments(doc);
  reattachCommentsAfterEmptyValues(doc);
  // Comments after the last key stay with the record: the yaml printer would set them apart.
  if (isCollection(doc.contents) && doc.comment) {
    doc.contents.comment = [doc.contents.comment, doc.comment].filter(Boolean).join("\n");
    doc.comment = "";
  }
  const root = doc.contents;
  const headerKey = isMap(root) ? root.items[0]?.key : undefined;
  if (schema !== undefined) orderKeys(root, schema);
  keepHeaderComment(root, headerKey);
  visit(doc, {
    Collection(_, node) {
      // Block style, except `[]` and `{}`, which have no block form.
      node.flow = node.items.length === 0;
      const first = node.items[0];
      const firstNode = isPair(first) ? first.key : first;
      // A blank line opens no block: it would print as an indented empty line.
      if (isNode(firstNode)) firstNode.spaceBefore = false;
      if (isSeq(node)) for (const item of node.items) liftFirstKeyComment(item);
      // The parser takes a blank line after a block's closing comment as part of the block.
      for (let i = 1; i < node.items.length; i++) {
        const previous = node.items[i - 1];
        const current = node.items[i];
        const currentNode = isPair(current) ? current.key : current;
        if (isNode(currentNode) && endsWithComment(isPair(previous) ? previous.value : previous))
          currentNode.spaceBefore = false;
      }
    },
  });
  const body = doc.toString({
    indent: 2,
    indentSeq: true,
    lineWidth: 0,
    // Line breaks in a double-quoted text stay `\n` escapes, on one line like any flow scalar.
    doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER,
  });
  const formatted = modeline === undefined ? body : `${modeline}\n${body}`;

  // A file already in its canonical form is left as it is: nothing to verify.
  if (formatted === text) return { ok: true, text, changed: false };
  const before = dataOf(parse(text));
  if (before instanceof Error) {
    return {
      ok: false,
      errors: [{ code: "yaml-syntax", line: 1, column: 1, message: before.message }],
    };
  }
  const check = parse(formatted);
  if (check.errors.length > 0 || !isDeepStrictEqual(dataOf(check), before)) {
    return {
      ok: false,
      errors: [
        {
          code: "fmt-unsafe",
          line: 1,
          column: 1,
          message: "the canonical layout would change this file's data, so it is left as it is",
        },
      ],
    };
  }
  return { ok: true, text: formatted, changed: true };
}
