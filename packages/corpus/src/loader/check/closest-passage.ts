import { diffWordsWithSpace } from "diff";

/** One place where a quote and the closest passage of a snapshot differ, with context. */
export interface QuoteDifference {
  /** The quote's words there. */
  readonly quote: string;
  /** The snapshot's words there. */
  readonly text: string;
}

/** The passage of a snapshot that comes closest to a quote that is not in it. */
export interface ClosestPassage {
  /** The line of the snapshot file where the passage starts, from 1. */
  readonly line: number;
  /** Where the quote differs from the passage, in order; never empty. */
  readonly differences: readonly QuoteDifference[];
}

/** A word found more often than this anchors nothing ("the", "of"): it is everywhere. */
const MAX_ANCHORS_PER_WORD = 32;
/** Words of a quote used as anchors: enough to find a passage, however long the quote. */
const MAX_ANCHOR_WORDS = 200;
/** Places of the snapshot compared with the quote word by word: the best anchored ones. */
const MAX_CANDIDATES = 3;
/** Edits past which two texts are no longer "close", and the diff gives up early. */
const MAX_EDIT_LENGTH = 400;
/** Words either side of a change that still belong to one difference rather than two. */
const MERGE_WITHIN_WORDS = 2;

/**
 * The words of a normalised snapshot, and where the words of some quotes stand in it: built
 * once per snapshot for the quotes not found there, in one pass over its words.
 */
export class SnapshotWords {
  readonly words: readonly string[];
  readonly #raw: string;
  readonly #wanted: ReadonlySet<string>;
  #positions: Map<string, number[]> | undefined;

  /** `text` is the normalised text, `raw` the decoded file; `quotes` are normalised too. */
  constructor(text: string, raw: string, quotes: Iterable<string>) {
    this.words = text === "" ? [] : text.split(" ");
    this.#raw = raw;
    const wanted = new Set<string>();
    for (const quote of quotes)
      for (const word of quote.split(" ").slice(0, MAX_ANCHOR_WORDS)) wanted.add(word);
    this.#wanted = wanted;
  }

  /** Where a word of one of the quotes stands in the text. */
  positionsOf(word: string): readonly number[] | undefined {
    if (this.#positions === undefined) {
      const positions = new Map<string, number[]>();
      for (let i = 0; i < this.words.length; i++) {
        const w = this.words[i] as string;
        if (!this.#wanted.has(w)) continue;
        const at = positions.get(w);
        if (at === undefined) positions.set(w, [i]);
        else at.push(i);
      }
      this.#positions = positions;
    }
    return this.#positions.get(word);
  }

  /** The line of the file on which word `index` stands (normalising keeps words whole). */
  lineOf(index: number): number {
    const word = /\S+/g;
    for (let i = 0; i < index && word.exec(this.#raw) !== null; i++);
    const at = word.exec(this.#raw)?.index ?? 0;
    let line = 1;
    for (let n = this.#raw.indexOf("\n"); n !== -1 && n < at; n = this.#raw.indexOf("\n", n + 1))
      line++;
    return line;
  }
}

/**
 * Where the quote's words may line up: each word found in the text votes for the start it
 * implies; the starts with most votes, apart from each other, are the candidates. Frequent
 * words are skipped, so the work is bounded by MAX_ANCHOR_WORDS × MAX_ANCHORS_PER_WORD
 * whatever the snapshot's length.
 */
function candidateStarts(
  quoteWords: readonly string[],
  snapshot: SnapshotWords,
  apart: number,
): number[] {
  const votes = new Map<number, number>();
  const vote = (capped: boolean) => {
    for (const [i, word] of quoteWords.slice(0, MAX_ANCHOR_WORDS).entries()) {
      const positions = snapshot.positionsOf(word);
      if (positions === undefined) continue;
      if (!capped && positions.length > MAX_ANCHORS_PER_WORD) continue;
      for (const p of positions.slice(0, MAX_ANCHORS_PER_WORD))
        votes.set(p - i, (votes.get(p - i) ?? 0) + 1);
    }
  };
  vote(false);
  // A quote of common words only: anchor on their first occurrences rather than on nothing.
  if (votes.size === 0) vote(true);
  const ranked = [...votes].sort(([s1, v1], [s2, v2]) => v2 - v1 || s1 - s2);
  const starts: number[] = [];
  for (const [start] of ranked) {
    if (starts.length === MAX_CANDIDATES) break;
    if (starts.every((other) => Math.abs(other - start) > apart)) starts.push(start);
  }
  return starts;
}

/** A stretch both texts share, or a change: what the quote has there, and what the text has. */
type Piece =
  | { readonly kind: "same"; value: string }
  | { readonly kind: "change"; quote: string; text: string };

const wordCount = (text: string) => text.match(/\S+/g)?.length ?? 0;
const nonSpace = (text: string) => text.replace(/\s+/g, "").length;

/** The diff as pieces, spaces that alone separate two changes glued into them. */
function piecesOf(quote: string, window: string): Piece[] | undefined {
  const changes = diffWordsWithSpace(quote, window, { maxEditLength: MAX_EDIT_LENGTH });
  if (changes === undefined) return undefined;
  const pieces: Piece[] = [];
  for (const change of changes) {
    const last = pieces.at(-1);
    if (!change.added && !change.removed && /\S/.test(change.value)) {
      pieces.push({ kind: "same", value: change.value });
      continue;
    }
    const piece: Piece & { kind: "change" } =
      last?.kind === "change" ? last : { kind: "change", quote: "", text: "" };
    if (piece !== last) pieces.push(piece);
    if (!change.added) piece.quote += change.value;
    if (!change.removed) piece.text += change.value;
  }
  return pieces;
}

const PUNCTUATION_BEFORE = /^[^\p{L}\p{N}\s]+/u;
const PUNCTUATION_AFTER = /[^\p{L}\p{N}\s]+$/u;

/**
 * The window holds words the quote does not reach: a change at either end keeps, of the
 * text's words, only as many as the quote has there. Returns the words dropped at the start.
 */
function trimToQuote(pieces: Piece[]): string {
  let dropped = "";
  const first = pieces[0];
  if (first?.kind === "change") {
    const words = first.text.match(/\S+\s*/g) ?? [];
    const keep = wordCount(first.quote) === 0 ? [] : words.slice(-wordCount(first.quote));
    dropped = words.slice(0, words.length - keep.length).join("");
    first.text = keep.join("");
    // Punctuation that opens the text's first word but not the quote lies outside the quote.
    const opening = PUNCTUATION_BEFORE.test(first.quote)
      ? ""
      : (first.text.match(PUNCTUATION_BEFORE)?.[0] ?? "");
    dropped += opening;
    first.text = first.text.slice(opening.length);
    if (first.quote === "" && first.text === "") pieces.shift();
  }
  const last = pieces.at(-1);
  if (last?.kind === "change") {
    const words = last.text.match(/\s*\S+/g) ?? [];
    last.text = words.slice(0, wordCount(last.quote)).join("").trimEnd();
    last.quote = last.quote.trimEnd();
    // And punctuation that closes the text's last word but not the quote.
    if (!PUNCTUATION_AFTER.test(last.quote)) last.text = last.text.replace(PUNCTUATION_AFTER, "");
    if (last.quote === "" && last.text === "") pieces.pop();
  }
  return dropped;
}

// A word of context either side of a change; punctuation alone is not enough to place it.
const CONTEXT_BEFORE = /\S+(\s*[^\p{L}\p{N}\s]+)?\s*$/u;
const CONTEXT_AFTER = /^(\s*[^\p{L}\p{N}\s]+)?\s*\S+/u;

/** The changes with a word of context either side; changes close together are one. */
function differencesOf(pieces: readonly Piece[]): QuoteDifference[] {
  const differences: QuoteDifference[] = [];
  let i = 0;
  while (i < pieces.length) {
    const piece = pieces[i] as Piece;
    if (piece.kind === "same") {
      i++;
      continue;
    }
    const before = pieces[i - 1];
    let quote = before?.kind === "same" ? (before.value.match(CONTEXT_BEFORE)?.[0] ?? "") : "";
    let text = quote;
    let j = i;
    for (;;) {
      const change = pieces[j] as Piece & { kind: "change" };
      quote += change.quote;
      text += change.text;
      const between = pieces[j + 1];
      const next = pieces[j + 2];
      if (
        between?.kind !== "same" ||
        next === undefined ||
        wordCount(between.value) > MERGE_WITHIN_WORDS
      )
        break;
      quote += between.value;
      text += between.value;
      j += 2;
    }
    const after = pieces[j + 1];
    const context = after?.kind === "same" ? (after.value.match(CONTEXT_AFTER)?.[0] ?? "") : "";
    differences.push({ quote: (quote + context).trim(), text: (text + context).trim() });
    i = j + 1;
  }
  return differences;
}

interface Alignment {
  readonly pieces: Piece[];
  /** Index of the passage's first word in the snapshot. */
  readonly first: number;
  /** Words of the quote that no change touches, and characters (spaces aside) changed. */
  readonly kept: number;
  readonly changed: number;
}

/** The quote against the snapshot's words from `from`, trimmed to the passage it covers. */
function align(quote: string, snapshot: SnapshotWords, from: number, to: number) {
  const pieces = piecesOf(quote, snapshot.words.slice(from, to).join(" "));
  if (pieces === undefined) return undefined;
  const dropped = trimToQuote(pieces);
  // The quote again, each character changed replaced by a mark: its untouched words are kept.
  let marked = "";
  let changed = 0;
  for (const piece of pieces)
    if (piece.kind === "same") marked += piece.value;
    else {
      marked += piece.quote.replace(/\S/g, "\0");
      // Text put in where the quote has nothing also touches the word it falls in.
      if (piece.quote === "") marked += "\0";
      changed += nonSpace(piece.quote) + nonSpace(piece.text);
    }
  const kept = marked.split(/\s+/).filter((word) => word !== "" && !word.includes("\0")).length;
  // A passage that starts inside a word starts on that word.
  const first = from + (dropped.match(/\S+\s+/g)?.length ?? 0);
  return { pieces, first, kept, changed } satisfies Alignment;
}

/**
 * The passage of the snapshot closest to a quote that is not in it, and where the two differ;
 * undefined when no passage leaves at least half the quote's words as they are.
 */
export function closestPassage(quote: string, snapshot: SnapshotWords): ClosestPassage | undefined {
  const quoteWords = quote === "" ? [] : quote.split(" ");
  const slack = 2 + Math.ceil(quoteWords.length / 4);
  let best: Alignment | undefined;
  for (const start of candidateStarts(quoteWords, snapshot, slack)) {
    const to = Math.min(snapshot.words.length, start + quoteWords.length + slack);
    // Words before the anchored start hold what the quote left out at its beginning; but
    // where the quote's first word recurs there, the diff may align it too early: try both.
    for (const from of new Set([Math.max(0, start), Math.max(0, start - slack)])) {
      const alignment = align(quote, snapshot, from, to);
      if (
        alignment !== undefined &&
        (best === undefined ||
          alignment.kept > best.kept ||
          (alignment.kept === best.kept && alignment.changed < best.changed))
      )
        best = alignment;
    }
  }
  if (best === undefined || best.kept * 2 < quoteWords.length) return undefined;
  const differences = differencesOf(best.pieces);
  if (differences.length === 0) return undefined;
  return { line: snapshot.lineOf(best.first), differences };
}
