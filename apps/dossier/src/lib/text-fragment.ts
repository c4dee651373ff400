// Links to a passage of a page by its words: the Text Fragments directive (#:~:text=…),
// https://wicg.github.io/scroll-to-text-fragment/. Browsers that lack it open the page at its top.

/** Quotes of more words than this are linked by their first and last words (start,end). */
const WHOLE_UP_TO_WORDS = 10;
/** Words of a long quote kept at either end. */
const END_WORDS = 4;

/** A term of the directive: percent-encoded, with its own delimiters "-", "," and "&" too. */
function term(text: string): string {
  return encodeURIComponent(text).replace(/-/g, "%2D");
}

/** `#:~:text=` for a quote: the whole quote, or for a long one its opening and closing words. */
export function textFragment(quote: string): string {
  const words = quote
    .trim()
    .split(/\s+/)
    .filter((word) => word !== "");
  const directive =
    words.length <= WHOLE_UP_TO_WORDS
      ? term(words.join(" "))
      : `${term(words.slice(0, END_WORDS).join(" "))},${term(words.slice(-END_WORDS).join(" "))}`;
  return `:~:text=${directive}`;
}

/** The URL with a text fragment for the quote; after its own fragment, where it has one. */
export function withTextFragment(url: string, quote: string): string {
  return `${url}${url.includes("#") ? "" : "#"}${textFragment(quote)}`;
}
