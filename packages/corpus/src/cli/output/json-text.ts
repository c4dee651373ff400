/**
 * What `JSON.stringify` leaves raw in a string and a terminal or a viewer would act on or hide:
 * DEL and the C1 controls, format characters (bidi, zero-width) and the line and paragraph
 * separators (it escapes C0 controls and lone surrogates already), and the `#` that would start a
 * CI log's `##[` or `##vso[` command. Outside strings JSON text holds none of them.
 */
const RAW_IN_STRINGS = /[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}]|#(?=#(?:vso)?\[)/giu;

const escaped = (character: string) =>
  Array.from(
    { length: character.length },
    (_, i) => `\\u${character.charCodeAt(i).toString(16).padStart(4, "0")}`,
  ).join("");

/**
 * A value as JSON for stdout: the same document `JSON.stringify` writes, read back to the same
 * values, but with every character above written as a `\uXXXX` escape, so that the raw data it
 * holds reaches a program and never a terminal.
 */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(RAW_IN_STRINGS, escaped)}\n`;
}
