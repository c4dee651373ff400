/**
 * Characters that a terminal or a log viewer acts on, or shows as nothing: controls (C0 with
 * tab, line feed and carriage return, DEL, and C1 with the one-character CSI and the next-line
 * NEL), format characters (the bidi marks, embeddings, overrides and isolates, the Arabic letter
 * mark, zero-width spaces and joiners, soft hyphens, the byte order mark), the line and paragraph
 * separators, and lone surrogates.
 */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;

/**
 * A `#` that starts `##[` or `##vso[`: a CI runner reads the older GitHub Actions workflow
 * commands (`##[error]…`, `##[stop-commands]…`) and Azure Pipelines' logging commands anywhere in
 * a line of its log, not only at its start.
 */
const LOG_COMMAND = /#(?=#(?:vso)?\[)/gi;

/** `<U+202E>`: a character by its code point, in upper-case hex, at least four digits. */
function codePointForm(character: string): string {
  const hex = (character.codePointAt(0) ?? 0).toString(16).toUpperCase();
  return `<U+${hex.padStart(4, "0")}>`;
}

/**
 * Text from the data (a key, a value, a file name, a message that quotes them) as it can be
 * shown on one line of a terminal or of a CI log: every character above (see `UNPRINTABLE`) as
 * its `<U+XXXX>` form, and the `#` that would start a log command as `<U+0023>`. What comes out
 * holds no line break, moves no cursor, changes no colour and starts no command, and shows
 * every character it stands for; text shown so once is shown the same again.
 */
export function visibleText(text: string): string {
  return text.replace(UNPRINTABLE, codePointForm).replace(LOG_COMMAND, "<U+0023>");
}
