// Where the elements and comments of an exported page are in its text, found by parse5 (the
// WHATWG parser jsdom uses) with source locations, so that the postbuild steps can cut or read
// exact ranges of the page as Next wrote it without parsing HTML with patterns, and leave every
// other byte as it was (the Content-Security-Policy hashes the bodies of inline scripts).
import { parse } from "parse5";

/**
 * @typedef {{ tag: string, attrs: Map<string, string>, start: number, end: number, innerStart: number | undefined, body: string | undefined }} ScannedElement
 * @typedef {{ data: string, start: number, end: number }} ScannedComment
 */

/**
 * Every element (with its attributes, its range, where its start tag ends and, where it has an
 * end tag, the text between its tags) and every comment of the page, in document order.
 * @param {string} html
 * @returns {{ elements: ScannedElement[], comments: ScannedComment[] }}
 */
export function scanHtml(html) {
  const elements = [];
  const comments = [];
  /** @param {any} node */
  const visit = (node) => {
    const at = node.sourceCodeLocation;
    if (node.nodeName === "#comment" && at) {
      comments.push({ data: node.data, start: at.startOffset, end: at.endOffset });
    } else if (node.tagName && at) {
      elements.push({
        tag: node.tagName,
        attrs: new Map(node.attrs.map((/** @type {any} */ a) => [a.name, a.value])),
        start: at.startOffset,
        end: at.endOffset,
        innerStart: at.startTag?.endOffset,
        body:
          at.startTag && at.endTag
            ? html.slice(at.startTag.endOffset, at.endTag.startOffset)
            : undefined,
      });
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parse(html, { sourceCodeLocationInfo: true }));
  return { elements, comments };
}

/**
 * The page without the given ranges (elements or comments from scanHtml).
 * @param {string} html
 * @param {readonly { start: number, end: number }[]} ranges
 */
export function withoutRanges(html, ranges) {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let kept = "";
  let from = 0;
  for (const range of sorted) {
    if (range.start < from) continue; // inside a range already cut
    kept += html.slice(from, range.start);
    from = range.end;
  }
  return kept + html.slice(from);
}
