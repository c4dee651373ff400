import jsYaml from "js-yaml";
import { MAX_NESTING } from "../codes.js";

/** Returned for any text outside the subset: js-yaml then parses it, and reports its errors. */
export const FALLBACK: unique symbol = Symbol("parse with js-yaml");

/** The core schema's implicit types, in js-yaml's order: the same resolution as js-yaml's. */
const IMPLICIT = CORE_IMPLICIT();

function CORE_IMPLICIT(): readonly jsYaml.Type[] {
  const schema = jsYaml.CORE_SCHEMA as unknown as { implicit?: readonly jsYaml.Type[] };
  return schema.implicit ?? [];
}

/** Whether a plain scalar starting with this character can be read as other than a string. */
function maybeTyped(c: number): boolean {
  // ~ n N t T f F - + . and digits: null, booleans, numbers, .inf and .nan.
  return (
    (c >= 48 && c <= 57) ||
    c === 126 ||
    c === 110 ||
    c === 78 ||
    c === 116 ||
    c === 84 ||
    c === 102 ||
    c === 70 ||
    c === 45 ||
    c === 43 ||
    c === 46
  );
}
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
 * Where `key:` and the spaces after it end, for a key starting at `from` in `line` (without
 * a regular expression: it runs for every line), or -1. The key ends at the first colon.
 */
function afterKey(line: string, from: number): number {
  let i = from;
  for (; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
    if (letter || (i > from && ((c >= 48 && c <= 57) || c === 45))) continue;
    break;
  }
  if (i === from || line.charCodeAt(i) !== 58 /* : */) return -1;
  let end = i + 1;
  if (end < line.length && line.charCodeAt(end) !== 32) return -1;
  while (line.charCodeAt(end) === 32) end++;
  return end;
}

/** Keys that js-yaml reads as null or a boolean (the only other values a key of letters can be). */
const TYPED_KEYS: ReadonlySet<string> = new Set([
  "null",
  "Null",
  "NULL",
  "true",
  "True",
  "TRUE",
  "false",
  "False",
  "FALSE",
]);

/** Whether a plain scalar starting at `at` starts with an indicator: js-yaml's to judge. */
function indicatorStart(line: string, at: number): boolean {
  const c = line.charCodeAt(at);
  switch (c) {
    // , [ ] { } # & * ! | > ' " % @ `
    case 44:
    case 91:
    case 93:
    case 123:
    case 125:
    case 35:
    case 38:
    case 42:
    case 33:
    case 124:
    case 62:
    case 39:
    case 34:
    case 37:
    case 64:
    case 96:
      return true;
    // - ? : followed by a space or the end
    case 45:
    case 63:
    case 58: {
      const next = line.charCodeAt(at + 1);
      return Number.isNaN(next) || next === 32;
    }
    default:
      return false;
  }
}

class Fallback extends Error {}

// Record files repeat the same keys, dates and numbers: each is resolved once.
const resolved = new Map<string, unknown>();
const RESOLVED_LIMIT = 20_000;

function resolvePlain(text: string): unknown {
  if (!maybeTyped(text.charCodeAt(0))) return text;
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

/** End of `line` without its trailing spaces, not before `from`. */
function endWithoutSpaces(line: string, from: number): number {
  let end = line.length;
  while (end > from && line.charCodeAt(end - 1) === 32) end--;
  return end;
}

/** Whether the line has a sequence dash at `at`: `-` alone or followed by a space. */
function dashAt(line: string, at: number): boolean {
  if (line.charCodeAt(at) !== 45) return false;
  const next = line.charCodeAt(at + 1);
  return Number.isNaN(next) || next === 32;
}

/** What a line is, once for all: its content, a blank line, or a comment. */
const CONTENT = 0;
const BLANK = 1;
const COMMENT = 2;

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
  /** Each line's indentation (leading spaces); a mapping on a dash's line starts further. */
  readonly #indents: Int32Array;
  /** Each line's kind: CONTENT, BLANK (spaces only) or COMMENT. */
  readonly #kinds: Uint8Array;
  #i = 0;

  constructor(text: string) {
    const lines = text.split("\n");
    this.#lines = lines;
    this.#indents = new Int32Array(lines.length);
    this.#kinds = new Uint8Array(lines.length);
    for (let n = 0; n < lines.length; n++) {
      const line = lines[n] as string;
      const at = indentOf(line);
      this.#indents[n] = at;
      this.#kinds[n] = at === line.length ? BLANK : line.charCodeAt(at) === 35 ? COMMENT : CONTENT;
    }
  }

  /** Skips blank and comment lines. */
  #skip(): void {
    const kinds = this.#kinds;
    while (this.#i < kinds.length && kinds[this.#i] !== CONTENT) this.#i++;
  }

  /**
   * The next content line of a block at `indent`, or undefined where the block ends (no more
   * lines, or one less indented); a line more indented is outside the subset.
   */
  #lineAt(indent: number): string | undefined {
    this.#skip();
    if (this.#i >= this.#lines.length) return undefined;
    const at = this.#indents[this.#i] as number;
    if (at < indent) return undefined;
    if (at > indent) throw new Fallback();
    return this.#lines[this.#i];
  }

  document(): unknown {
    this.#skip();
    if (this.#i >= this.#lines.length || this.#indents[this.#i] !== 0) throw new Fallback();
    const value = this.#mapping(0, 1);
    this.#skip();
    if (this.#i < this.#lines.length) throw new Fallback();
    return value;
  }

  #mapping(indent: number, depth: number): Record<string, unknown> {
    if (depth > MAX_NESTING) throw new Fallback();
    const result: Record<string, unknown> = {};
    for (;;) {
      const line = this.#lineAt(indent);
      if (line === undefined) break;
      // A sequence here belongs to the last key (handled there) or is an error.
      if (dashAt(line, indent)) throw new Fallback();
      const start = afterKey(line, indent);
      if (start === -1) throw new Fallback();
      const key = line.slice(indent, line.indexOf(":", indent));
      if (key === "__proto__" || TYPED_KEYS.has(key) || Object.hasOwn(result, key))
        throw new Fallback();
      result[key] = this.#valueAfter(line, start, indent, depth, true);
    }
    return result;
  }

  #sequence(indent: number, depth: number): unknown[] {
    if (depth > MAX_NESTING) throw new Fallback();
    const result: unknown[] = [];
    for (;;) {
      const line = this.#lineAt(indent);
      if (line === undefined || !dashAt(line, indent)) break;
      let itemIndent = indent + 1;
      while (line.charCodeAt(itemIndent) === 32) itemIndent++;
      if (afterKey(line, itemIndent) !== -1) {
        // A mapping that starts on the dash's line: read as if it started on a line of its own.
        this.#indents[this.#i] = itemIndent;
        result.push(this.#mapping(itemIndent, depth + 1));
      } else if (dashAt(line, itemIndent)) throw new Fallback();
      else result.push(this.#valueAfter(line, itemIndent, indent, depth, false));
    }
    return result;
  }

  /** The value from `start` on the current line (after `key:` or `- `); moves past it. */
  #valueAfter(
    line: string,
    start: number,
    indent: number,
    depth: number,
    inMapping: boolean,
  ): unknown {
    const end = endWithoutSpaces(line, start);
    const first = line.charCodeAt(start);
    if (end === start || first === 35 /* # */) {
      this.#i++;
      this.#skip();
      if (this.#i >= this.#lines.length) return null;
      const next = this.#lines[this.#i] as string;
      const at = this.#indents[this.#i] as number;
      const dash = dashAt(next, at);
      if (at > indent) {
        if (dash) return this.#sequence(at, depth + 1);
        if (afterKey(next, at) !== -1) return this.#mapping(at, depth + 1);
        throw new Fallback();
      }
      // js-yaml reads a sequence at the key's own indentation as the key's value.
      if (at === indent && dash && inMapping) return this.#sequence(at, depth + 1);
      return null;
    }
    if (first === 34 /* " */)
      return this.#endOfScalar(this.#doubleQuoted(line.slice(start, end)), indent);
    if (first === 39 /* ' */)
      return this.#endOfScalar(this.#singleQuoted(line.slice(start, end)), indent);
    if (first === 124 /* | */ || first === 62 /* > */)
      return this.#blockScalar(line.slice(start, end), indent);
    if (first === 91 /* [ */ || first === 123 /* { */) {
      const value = line.slice(start, end);
      if (value === "[]" || value.startsWith("[] #")) return this.#endOfScalar([], indent);
      if (value === "{}" || value.startsWith("{} #")) return this.#endOfScalar({}, indent);
      throw new Fallback();
    }
    if (indicatorStart(line, start)) throw new Fallback();
    const hash = line.indexOf(" #", start);
    const plainEnd =
      hash === -1 || hash >= end ? end : endWithoutSpaces(line.slice(0, hash), start);
    const colon = line.indexOf(": ", start);
    if ((colon !== -1 && colon < plainEnd) || line.charCodeAt(plainEnd - 1) === 58 /* : */)
      throw new Fallback();
    return this.#endOfScalar(resolvePlain(line.slice(start, plainEnd)), indent);
  }

  /** Moves past a one-line value; a more indented line after it would continue it. */
  #endOfScalar<T>(value: T, indent: number): T {
    this.#i++;
    const kinds = this.#kinds;
    let j = this.#i;
    while (j < kinds.length && kinds[j] === BLANK) j++;
    if (j < kinds.length && (this.#indents[j] as number) > indent) throw new Fallback();
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
    const kinds = this.#kinds;
    const indents = this.#indents;
    this.#i++;
    if (this.#i >= lines.length || kinds[this.#i] === BLANK) throw new Fallback();
    const blockIndent = indents[this.#i] as number;
    if (blockIndent <= indent) throw new Fallback();
    const content: string[] = [];
    while (this.#i < lines.length) {
      const line = lines[this.#i] as string;
      if (kinds[this.#i] === BLANK) {
        // Spaces past the indentation of an empty line would be content.
        if (line.length > blockIndent) throw new Fallback();
        content.push("");
        this.#i++;
        continue;
      }
      const at = indents[this.#i] as number;
      if (at < blockIndent) break;
      // More indented lines keep their line breaks when folded: js-yaml's to judge.
      if (folded && at > blockIndent) throw new Fallback();
      content.push(line.slice(blockIndent));
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
