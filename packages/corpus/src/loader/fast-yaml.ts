import jsYaml from "js-yaml";
import { MAX_NESTING } from "./codes.js";

/** Returned for any text outside the subset: js-yaml then parses it, and reports its errors. */
export const FALLBACK: unique symbol = Symbol("parse with js-yaml");

/** The core schema's implicit types, in js-yaml's order: the same resolution as js-yaml's. */
const IMPLICIT = CORE_IMPLICIT();

function CORE_IMPLICIT(): readonly jsYaml.Type[] {
  const schema = jsYaml.CORE_SCHEMA as unknown as { implicit?: readonly jsYaml.Type[] };
  return schema.implicit ?? [];
}

/** First characters a plain scalar can have and still be read as other than a string. */
const MAYBE_TYPED = /^[~nNtTfF\-+.0-9]/;
/** Anything but line feeds and printable characters: a cheap first look for OUTSIDE. */
const UNUSUAL = /[^\n\x20-\x7e\xa0-\ud7ff\ue000-\ufffd]/;
/**
 * What sends the whole text to js-yaml: tabs, CR, control characters, odd code points and
 * lone surrogates. (From a string: the linter rightly flags control characters in a
 * regular expression literal, and here they are what is looked for.)
 */
const OUTSIDE = new RegExp(
  "[\\t\\r\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\ufeff\\ufffe\\uffff\\u2028\\u2029]" +
    "|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?:^|[^\\ud800-\\udbff])[\\udc00-\\udfff]",
);

/**
 * The length of `key:` and the spaces after it at the start of `text` (without a
 * regular expression: it runs for every line), or -1.
 */
function keyLength(text: string): number {
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
    if (letter || (i > 0 && ((c >= 48 && c <= 57) || c === 45))) continue;
    break;
  }
  if (i === 0 || text.charCodeAt(i) !== 58 /* : */) return -1;
  let end = i + 1;
  if (end < text.length && text.charCodeAt(end) !== 32) return -1;
  while (text.charCodeAt(end) === 32) end++;
  return end;
}
/** Plain scalars that start with an indicator are js-yaml's to judge. */
const PLAIN_START = /^(?:[,[\]{}#&*!|>'"%@`]|[-?:](?: |$))/;

class Fallback extends Error {}

// Record files repeat the same keys, dates and numbers: each is resolved once.
const resolved = new Map<string, unknown>();
const RESOLVED_LIMIT = 20_000;

function resolvePlain(text: string): unknown {
  if (!MAYBE_TYPED.test(text)) return text;
  if (resolved.has(text)) return resolved.get(text);
  const value = resolveTyped(text);
  // Only scalars are kept: a cached object would be shared between records.
  if (value === null || typeof value !== "object") {
    if (resolved.size >= RESOLVED_LIMIT) resolved.clear();
    resolved.set(text, value);
  }
  return value;
}

function resolveTyped(text: string): unknown {
  for (const type of IMPLICIT) {
    const resolve = type.resolve as ((data: string) => boolean) | undefined;
    const construct = type.construct as ((data: string) => unknown) | undefined;
    if (resolve?.(text) === true) return construct === undefined ? text : construct(text);
  }
  return text;
}

function indentOf(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 32) i++;
  return i;
}

const isBlank = (line: string) => indentOf(line) === line.length;

/** Without trailing spaces; JavaScript's trimEnd would also take other white space. */
function trimSpacesEnd(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  return text.slice(0, end);
}
const isComment = (line: string) => line.charCodeAt(indentOf(line)) === 35;

const ESCAPES: Readonly<Record<string, string>> = {
  "0": "\x00",
  a: "\x07",
  b: "\b",
  t: "\t",
  "\t": "\t",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1b",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xa0",
  L: "\u2028",
  P: "\u2029",
};
const HEX_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/**
 * A parser for the block YAML that record files are written in (mappings, sequences, plain,
 * quoted and block scalars, comments), giving exactly what js-yaml gives with the core
 * schema; it returns FALLBACK for anything else, so js-yaml judges every unusual file.
 */
class Parser {
  readonly #lines: string[];
  #i = 0;

  constructor(text: string) {
    this.#lines = text.split("\n");
  }

  /** Skips blank and comment lines. */
  #skip(): void {
    const lines = this.#lines;
    while (this.#i < lines.length) {
      const line = lines[this.#i] as string;
      if (!isBlank(line) && !isComment(line)) return;
      this.#i++;
    }
  }

  document(): unknown {
    this.#skip();
    const line = this.#lines[this.#i];
    if (line === undefined || indentOf(line) !== 0) throw new Fallback();
    const value = this.#mapping(0, 1);
    this.#skip();
    if (this.#i < this.#lines.length) throw new Fallback();
    return value;
  }

  #mapping(indent: number, depth: number): Record<string, unknown> {
    if (depth > MAX_NESTING) throw new Fallback();
    const result: Record<string, unknown> = {};
    for (;;) {
      this.#skip();
      const line = this.#lines[this.#i];
      if (line === undefined) break;
      const at = indentOf(line);
      if (at < indent) break;
      if (at > indent) throw new Fallback();
      const content = line.slice(at);
      if (content === "-" || content.startsWith("- ")) {
        // A sequence here belongs to the last key (handled there) or is an error.
        throw new Fallback();
      }
      const length = keyLength(content);
      if (length === -1) throw new Fallback();
      const key = content.slice(0, content.indexOf(":"));
      if (key === "__proto__" || resolvePlain(key) !== key || Object.hasOwn(result, key))
        throw new Fallback();
      result[key] = this.#valueAfter(content.slice(length), indent, depth, true);
    }
    return result;
  }

  #sequence(indent: number, depth: number): unknown[] {
    if (depth > MAX_NESTING) throw new Fallback();
    const result: unknown[] = [];
    for (;;) {
      this.#skip();
      const line = this.#lines[this.#i];
      if (line === undefined) break;
      const at = indentOf(line);
      if (at < indent) break;
      if (at > indent) throw new Fallback();
      const content = line.slice(at);
      if (content !== "-" && !content.startsWith("- ")) break;
      const after = content.slice(1);
      const itemIndent = at + 1 + indentOf(after);
      const item = after.slice(indentOf(after));
      if (keyLength(item) !== -1) {
        // A mapping that starts on the dash's line: read as if it started on a line of its own.
        this.#lines[this.#i] = `${" ".repeat(itemIndent)}${item}`;
        result.push(this.#mapping(itemIndent, depth + 1));
      } else if (item === "-" || item.startsWith("- ")) throw new Fallback();
      else result.push(this.#valueAfter(item, at, depth, false));
    }
    return result;
  }

  /** The value that follows `key:` or `- ` on the current line; moves past it. */
  #valueAfter(rest: string, indent: number, depth: number, inMapping: boolean): unknown {
    const value = trimSpacesEnd(rest);
    const first = value.charCodeAt(0);
    if (value === "" || first === 35 /* # */) {
      this.#i++;
      this.#skip();
      const next = this.#lines[this.#i];
      if (next === undefined) return null;
      const at = indentOf(next);
      const content = next.slice(at);
      const dash = content === "-" || content.startsWith("- ");
      if (at > indent) {
        if (dash) return this.#sequence(at, depth + 1);
        if (keyLength(content) !== -1) return this.#mapping(at, depth + 1);
        throw new Fallback();
      }
      // js-yaml reads a sequence at the key's own indentation as the key's value.
      if (at === indent && dash && inMapping) return this.#sequence(at, depth + 1);
      return null;
    }
    if (first === 34 /* " */) return this.#endOfScalar(this.#doubleQuoted(value), indent);
    if (first === 39 /* ' */) return this.#endOfScalar(this.#singleQuoted(value), indent);
    if (first === 124 /* | */ || first === 62 /* > */) return this.#blockScalar(value, indent);
    if (value === "[]" || value.startsWith("[] #")) return this.#endOfScalar([], indent);
    if (value === "{}" || value.startsWith("{} #")) return this.#endOfScalar({}, indent);
    if (PLAIN_START.test(value)) throw new Fallback();
    const hash = value.indexOf(" #");
    const plain = hash === -1 ? value : trimSpacesEnd(value.slice(0, hash));
    if (plain.includes(": ") || plain.endsWith(":")) throw new Fallback();
    return this.#endOfScalar(resolvePlain(plain), indent);
  }

  /** Moves past a one-line value; a more indented line after it would continue it. */
  #endOfScalar<T>(value: T, indent: number): T {
    this.#i++;
    const lines = this.#lines;
    let j = this.#i;
    while (j < lines.length && isBlank(lines[j] as string)) j++;
    const next = lines[j];
    if (next !== undefined && indentOf(next) > indent) throw new Fallback();
    return value;
  }

  #doubleQuoted(value: string): string {
    let out = "";
    let start = 1;
    let j = 1;
    for (;;) {
      if (j >= value.length) throw new Fallback();
      const c = value[j] as string;
      if (c === '"') break;
      if (c !== "\\") {
        j++;
        continue;
      }
      out += value.slice(start, j);
      const e = value[j + 1];
      if (e === undefined) throw new Fallback();
      const simple = ESCAPES[e];
      if (simple !== undefined) {
        out += simple;
        j += 2;
      } else {
        const length = HEX_LENGTH[e];
        const hex = length === undefined ? "" : value.slice(j + 2, j + 2 + length);
        if (length === undefined || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length)
          throw new Fallback();
        const code = Number.parseInt(hex, 16);
        if (code > 0x10ffff) throw new Fallback();
        out += e === "U" ? String.fromCodePoint(code) : String.fromCharCode(code);
        j += 2 + length;
      }
      start = j;
    }
    out += value.slice(start, j);
    this.#afterQuote(value.slice(j + 1));
    return out;
  }

  #singleQuoted(value: string): string {
    let out = "";
    let start = 1;
    let j = 1;
    for (;;) {
      const close = value.indexOf("'", j);
      if (close === -1) throw new Fallback();
      if (value[close + 1] === "'") {
        out += value.slice(start, close + 1);
        start = close + 2;
        j = close + 2;
        continue;
      }
      out += value.slice(start, close);
      this.#afterQuote(value.slice(close + 1));
      return out;
    }
  }

  /** Only spaces and a comment may follow a closing quote. */
  #afterQuote(tail: string): void {
    if (tail === "") return;
    if (!/^ +(?:#.*)?$/.test(tail)) throw new Fallback();
  }

  #blockScalar(header: string, indent: number): string {
    const match = /^([|>])([-+]?)(?: +#.*)?$/.exec(header);
    if (match === null || match[2] === "+") throw new Fallback();
    const folded = match[1] === ">";
    const strip = match[2] === "-";
    const lines = this.#lines;
    this.#i++;
    const first = lines[this.#i];
    if (first === undefined || isBlank(first)) throw new Fallback();
    const blockIndent = indentOf(first);
    if (blockIndent <= indent) throw new Fallback();
    const content: string[] = [];
    while (this.#i < lines.length) {
      const line = lines[this.#i] as string;
      if (isBlank(line)) {
        // Spaces past the indentation of an empty line would be content.
        if (line.length > blockIndent) throw new Fallback();
        content.push("");
        this.#i++;
        continue;
      }
      if (indentOf(line) < blockIndent) break;
      const text = line.slice(blockIndent);
      // More indented lines keep their line breaks when folded: js-yaml's to judge.
      if (folded && text.charCodeAt(0) === 32) throw new Fallback();
      content.push(text);
      this.#i++;
    }
    while (content.length > 0 && content[content.length - 1] === "") content.pop();
    let body: string;
    if (!folded) body = content.join("\n");
    else {
      body = content[0] ?? "";
      let breaks = 0;
      for (let k = 1; k < content.length; k++) {
        const text = content[k] as string;
        if (text === "") {
          breaks++;
          continue;
        }
        body += breaks === 0 ? ` ${text}` : `${"\n".repeat(breaks)}${text}`;
        breaks = 0;
      }
    }
    return strip || body === "" ? body : `${body}\n`;
  }
}

/**
 * The value of a record file's YAML, as js-yaml gives it with the core schema, or FALLBACK
 * where the text is not in the subset this parser reads.
 */
export function fastYaml(text: string): unknown {
  if (UNUSUAL.test(text) && OUTSIDE.test(text)) return FALLBACK;
  try {
    return new Parser(text).document();
  } catch (error) {
    if (error instanceof Fallback || error instanceof RangeError) return FALLBACK;
    throw error;
  }
}
