// Where the quotes of claims stand in an archived text, for marking them there.
//
// The rule is the loader's quote check (`normaliseQuoteText` of @leaks/corpus/loader): NFC,
// typographic quotes and primes as straight ones (the loader's own STRAIGHT_QUOTES), every run
// of whitespace as one space, trimmed. It is walked here character by character with a map
// from each normalised character back to the text, so that a quote found in the normalised
// text can be marked in the text as it is.

import { normaliseQuoteText, STRAIGHT_QUOTES } from "@leaks/corpus/loader";

const WHITESPACE = /\s/;

/** A quote as the loader compares it. */
export const normaliseQuote: (text: string) => string = normaliseQuoteText;

/** `text` (already NFC) normalised, and for each of its characters the index it comes from. */
function normalised(text: string): { text: string; from: Uint32Array } {
  const out: string[] = [];
  const from = new Uint32Array(text.length);
  let length = 0;
  let space = true; // at the start, whitespace is trimmed
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (WHITESPACE.test(c)) {
      if (space) continue;
      space = true;
      out.push(" ");
    } else {
      space = false;
      out.push(STRAIGHT_QUOTES[c] ?? c);
    }
    from[length++] = i;
  }
  if (length > 0 && out[length - 1] === " ") length--;
  return { text: out.slice(0, length).join(""), from: from.subarray(0, length) };
}

export interface QuoteToMark {
  /** The anchor of the quote's first part. */
  readonly id: string;
  readonly quote: string;
}

/** A stretch of a paragraph, or a marked quote (or part of one) holding further stretches. */
export type TextNode =
  | string
  | { readonly quote: string; readonly id?: string; readonly children: readonly TextNode[] };

/** A quote the text does not hold: the loader refuses such data, so the build stops. */
export class QuoteNotFoundError extends Error {
  constructor(readonly quote: QuoteToMark) {
    super(`quote ${quote.id} is not in the archived text: “${quote.quote}”`);
    this.name = "QuoteNotFoundError";
  }
}

interface Piece {
  readonly start: number;
  readonly end: number;
  /** Index of the quote in the list given; earlier quotes enclose later ones of equal reach. */
  readonly order: number;
  /** The part of its quote that carries its anchor: the first, or the longer of a split. */
  readonly first: boolean;
}

const byPlace = (a: Piece, b: Piece) => a.start - b.start || b.end - a.end || a.order - b.order;

/**
 * The paragraphs of a text as [start, end) ranges, whitespace trimmed: split at blank lines,
 * or, in a text without any, at line breaks (a snapshot kept one paragraph a line).
 */
function paragraphRanges(text: string): [number, number][] {
  const breaks = /\n\s*\n/.test(text) ? /\n\s*\n/g : /\n\s*/g;
  const ranges: [number, number][] = [];
  const add = (start: number, end: number) => {
    while (start < end && WHITESPACE.test(text[start] as string)) start++;
    while (end > start && WHITESPACE.test(text[end - 1] as string)) end--;
    if (start < end) ranges.push([start, end]);
  };
  let start = 0;
  for (const match of text.matchAll(breaks)) {
    add(start, match.index);
    start = match.index + match[0].length;
  }
  add(start, text.length);
  return ranges;
}

/**
 * The text as paragraphs of nodes, each quote marked where it first occurs (as the loader
 * finds it); a quote across a paragraph break is marked in each paragraph, and one that
 * overlaps another is split where that one ends, so that marks nest. Each quote is looked for
 * once with indexOf, and the text walked once: the work grows with the text, not its square.
 */
export function markQuotes(text: string, quotes: readonly QuoteToMark[]): TextNode[][] {
  const normal = normalised(text);
  const paragraphs = paragraphRanges(text);
  const pieces: Piece[][] = paragraphs.map(() => []);
  for (const [order, quote] of quotes.entries()) {
    const wanted = normaliseQuote(quote.quote);
    const at = wanted === "" ? -1 : normal.text.indexOf(wanted);
    if (at === -1) throw new QuoteNotFoundError(quote);
    const start = normal.from[at] as number;
    const end = (normal.from[at + wanted.length - 1] as number) + 1;
    // The first paragraph that ends after the quote's start, by bisection.
    let lo = 0;
    let hi = paragraphs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((paragraphs[mid] as [number, number])[1] <= start) lo = mid + 1;
      else hi = mid;
    }
    let first = true;
    for (let p = lo; p < paragraphs.length; p++) {
      const [from, to] = paragraphs[p] as [number, number];
      if (from >= end) break;
      const s = Math.max(start, from);
      const e = Math.min(end, to);
      if (s >= e) continue;
      (pieces[p] as Piece[]).push({ start: s, end: e, order, first });
      first = false;
    }
  }
  return paragraphs.map(([from, to], p) =>
    nest(text, quotes, from, to, (pieces[p] as Piece[]).sort(byPlace)),
  );
}

/** The nodes of text[from, to) with its pieces (sorted by place) as nested marks. */
function nest(
  text: string,
  quotes: readonly QuoteToMark[],
  from: number,
  to: number,
  sorted: Piece[],
): TextNode[] {
  const nodes: TextNode[] = [];
  let cursor = from;
  let rest = sorted;
  while (rest.length > 0) {
    const [outer, ...others] = rest as [Piece, ...Piece[]];
    if (outer.start > cursor) nodes.push(text.slice(cursor, outer.start));
    const inside: Piece[] = [];
    const after: Piece[] = [];
    for (const piece of others) {
      if (piece.start >= outer.end) after.push(piece);
      else if (piece.end <= outer.end) inside.push(piece);
      else {
        // Overlapping the end of `outer`: the part within nests, the rest follows it; the
        // anchor goes with the longer part, which a link to it then shows.
        const within = outer.end - piece.start >= piece.end - outer.end;
        inside.push({ ...piece, end: outer.end, first: piece.first && within });
        after.push({ ...piece, start: outer.end, first: piece.first && !within });
      }
    }
    const quote = quotes[outer.order] as QuoteToMark;
    nodes.push({
      quote: quote.id,
      ...(outer.first ? { id: quote.id } : {}),
      children: nest(text, quotes, outer.start, outer.end, inside),
    });
    cursor = outer.end;
    rest = after.sort(byPlace);
  }
  if (cursor < to) nodes.push(text.slice(cursor, to));
  return nodes;
}
