import type { PathSegment } from "@leaks/schema";
import jsYaml from "js-yaml";
import { isAlias, isNode, LineCounter, parseDocument, visit, type YAMLError } from "yaml";
import { MAX_KEYS, MAX_NESTING } from "../codes.js";

/** A problem found while parsing, at a position or at a path still to be located. */
export interface ParseIssue {
  readonly code:
    | "tab-indentation"
    | "yaml-syntax"
    | "duplicate-key"
    | "anchor-or-alias"
    | "nesting-too-deep"
    | "too-many-keys"
    | "forbidden-key"
    | "empty-file";
  readonly message: string;
  readonly hint: string;
  readonly line?: number;
  readonly column?: number;
  readonly path?: readonly PathSegment[];
}

export interface ParsedYaml {
  /** The parsed value; absent when the text could not be parsed safely. */
  readonly value?: unknown;
  readonly issues: readonly ParseIssue[];
}

/** Keys that reach into JavaScript prototypes where data is merged or looked up carelessly. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  "__proto__",
  "constructor",
  "prototype",
]);

const TAB_IN_INDENT = /^ *\t/gm;
// Superset of where an anchor or alias can start (a node's first character, after a
// separator or flow indicator); a hit is confirmed with the positional parser.
const MAYBE_ANCHOR = /(?:^|[\s[{,:])[&*][^\s,[\]{}]/m;
const MAX_REPORTED_TABS = 10;

function tabIssues(text: string): ParseIssue[] {
  const issues: ParseIssue[] = [];
  if (!text.includes("\t")) return issues;
  for (const match of text.matchAll(TAB_IN_INDENT)) {
    const offset = match.index + match[0].length - 1;
    const line = countLines(text, offset);
    issues.push({
      code: "tab-indentation",
      message: "a tab in the indentation",
      hint: "indent with spaces only (two per level); YAML does not allow tabs there",
      line,
      column: offset - text.lastIndexOf("\n", offset - 1),
    });
    if (issues.length === MAX_REPORTED_TABS) break;
  }
  return issues;
}

function countLines(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

function anchorIssues(text: string): ParseIssue[] {
  if ((!text.includes("&") && !text.includes("*")) || !MAYBE_ANCHOR.test(text)) return [];
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  const issues: ParseIssue[] = [];
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  visit(doc, (_key, node) => {
    if (!isNode(node)) return;
    if (isAlias(node)) {
      issues.push({
        code: "anchor-or-alias",
        message: `alias *${node.source}`,
        hint: "write the value out in full here; anchors and aliases are not allowed in data files",
        ...at(node.range?.[0] ?? 0),
      });
    } else if (node.anchor !== undefined) {
      // The anchor's `&name` sits before the node; search back for it from the node's start.
      const start = node.range?.[0] ?? 0;
      const mark = text.lastIndexOf(`&${node.anchor}`, start);
      issues.push({
        code: "anchor-or-alias",
        message: `anchor &${node.anchor}`,
        hint: "remove the anchor; anchors and aliases are not allowed in data files",
        ...at(mark === -1 ? start : mark),
      });
    }
  });
  return issues;
}

function syntaxCode(error: YAMLError): ParseIssue["code"] {
  if (error.code === "DUPLICATE_KEY") return "duplicate-key";
  if (error.code === "TAB_AS_INDENT") return "tab-indentation";
  return "yaml-syntax";
}

const SYNTAX_HINTS: Record<string, string> = {
  "duplicate-key": "keep one of the two entries; each key may appear once in a mapping",
  "tab-indentation": "indent with spaces only (two per level); YAML does not allow tabs there",
  "yaml-syntax":
    "fix the YAML at this position (check indentation, a missing colon, or quote text that contains `: ` or starts with a special character)",
};

/** Problems of text the fast parser rejected, located by the positional parser. */
/**
 * Line and column (1-based) of js-yaml's mark, from its offset: some errors (a NUL byte) are
 * raised before js-yaml counts lines, and their mark says line 1 whatever the offset.
 */
function markAt(
  text: string,
  mark: { line: number; column: number; position?: number } | undefined,
): { line: number; column: number } | undefined {
  if (mark === undefined) return undefined;
  if (mark.position === undefined) return { line: mark.line + 1, column: mark.column + 1 };
  const offset = Math.min(Math.max(mark.position, 0), text.length);
  return { line: countLines(text, offset), column: offset - text.lastIndexOf("\n", offset - 1) };
}

function syntaxIssues(text: string, error: unknown): ParseIssue[] {
  const mark = markAt(
    text,
    (error as { mark?: { line: number; column: number; position?: number } }).mark,
  );
  const reason = (error as { reason?: string }).reason ?? String(error);
  if (/maxDepth/.test(reason)) return [nestingIssue(mark ?? {})];
  const lines = new LineCounter();
  let errors: readonly YAMLError[] = [];
  try {
    // The positional parser compares each key with every other of its mapping: on a text of
    // many lines only js-yaml's first error is used, which costs no more than the parse.
    const uniqueKeys = countLines(text, text.length) <= UNIQUE_KEYS_LINES;
    errors = parseDocument(text, { lineCounter: lines, uniqueKeys }).errors;
  } catch {
    // The positional parser can fail on input the fast one already refused: keep its mark.
  }
  if (errors.length > 0)
    return errors.map((e) => {
      const code = syntaxCode(e);
      const { line, col } = lines.linePos(e.pos[0]);
      const key = /^["']?([^"':\n]+)/.exec(text.slice(e.pos[0]))?.[1]?.trim();
      return {
        code,
        message:
          code === "duplicate-key" && key !== undefined
            ? `the key "${key}" appears twice in this mapping`
            : (e.message.split("\n")[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, ""),
        hint: SYNTAX_HINTS[code] ?? "",
        line,
        column: col,
      };
    });
  const code = /duplicated mapping key/.test(reason) ? "duplicate-key" : "yaml-syntax";
  return [
    {
      code,
      message: reason,
      hint: SYNTAX_HINTS[code] ?? "",
      ...(mark ?? {}),
    },
  ];
}

/** Up to this many lines, duplicate keys are looked for by the positional parser too. */
const UNIQUE_KEYS_LINES = 2000;

function nestingIssue(at: { line?: number; column?: number; path?: PathSegment[] }): ParseIssue {
  return {
    code: "nesting-too-deep",
    message: `collections nested more than ${MAX_NESTING} levels deep`,
    hint: `no record needs more than ${MAX_NESTING} levels; flatten the structure`,
    ...at,
  };
}

/**
 * Whether a value has a forbidden key or excess depth. Walks without building paths: nearly
 * every file has neither, and only the others are walked again for the issues' paths.
 */
function hasStructureIssue(value: unknown): boolean {
  const stack: unknown[] = [value];
  const depths: number[] = [0];
  while (stack.length > 0) {
    const current = stack.pop();
    const depth = depths.pop() as number;
    if (current === null || typeof current !== "object") continue;
    if (depth >= MAX_NESTING) return true;
    if (Array.isArray(current)) {
      for (const item of current)
        if (item !== null && typeof item === "object") {
          stack.push(item);
          depths.push(depth + 1);
        }
      continue;
    }
    const keys = Object.keys(current);
    if (keys.length > MAX_KEYS) return true;
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) return true;
      const item = (current as Record<string, unknown>)[key];
      if (item !== null && typeof item === "object") {
        stack.push(item);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}

/** Forbidden keys and excess depth, found without recursion so no input can overflow the stack. */
function structureIssues(value: unknown): ParseIssue[] {
  if (!hasStructureIssue(value)) return [];
  const issues: ParseIssue[] = [];
  const stack: { value: unknown; path: PathSegment[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop() as { value: unknown; path: PathSegment[] };
    if (current === null || typeof current !== "object") continue;
    if (path.length >= MAX_NESTING) {
      issues.push(nestingIssue({ path }));
      continue;
    }
    if (Array.isArray(current)) {
      current.forEach((item, i) => {
        stack.push({ value: item, path: [...path, i] });
      });
      continue;
    }
    const keys = Object.keys(current);
    if (keys.length > MAX_KEYS) {
      issues.push({
        code: "too-many-keys",
        message: `a mapping with ${keys.length} keys, over the limit of ${MAX_KEYS}`,
        hint: "no record needs that many keys in one mapping: remove the extra keys",
        path,
      });
      continue;
    }
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key))
        issues.push({
          code: "forbidden-key",
          message: `the key "${key}" is not allowed`,
          hint: "remove it: no record field has this name, and it could alter objects in code that reads the data",
          path: [...path, key],
        });
      stack.push({ value: (current as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return issues;
}

/**
 * Parses one record file: js-yaml with the core schema (fast; dates stay strings), after
 * refusing what a data file must never contain. Never throws. (A hand-written reader of plain
 * block YAML stood in front of js-yaml until it was measured: 16.7 against 20.4 µs a file,
 * about 3% of a whole validation, for 450 lines.)
 */
export function parseYaml(text: string): ParsedYaml {
  const tabs = tabIssues(text);
  if (tabs.length > 0) return { issues: tabs };
  const anchors = anchorIssues(text);
  if (anchors.length > 0) return { issues: anchors };
  let value: unknown;
  try {
    value = jsYaml.load(text, {
      schema: jsYaml.CORE_SCHEMA,
      // One level more than the limit: the scalar inside the deepest allowed collection.
      maxDepth: MAX_NESTING + 1,
    } as jsYaml.LoadOptions);
  } catch (error) {
    if (error instanceof RangeError) return { issues: [nestingIssue({ line: 1, column: 1 })] };
    return { issues: syntaxIssues(text, error) };
  }
  if (value === undefined || value === null)
    return {
      issues: [
        {
          code: "empty-file",
          message: "the file holds no record",
          hint: "write the record, or delete the file",
          line: 1,
          column: 1,
        },
      ],
    };
  const issues = structureIssues(value);
  // Past these limits the record is not checked further: its problems could be unbounded.
  return issues.some((issue) => issue.code === "nesting-too-deep" || issue.code === "too-many-keys")
    ? { issues }
    : { value, issues };
}
