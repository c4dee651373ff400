import type { PathSegment } from "@leaks/schema";
import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
  type YAMLMap,
} from "yaml";

export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface LocateOptions {
  /** Point at the key of the last step rather than its value (for unknown or forbidden keys). */
  readonly key?: boolean;
}

/**
 * A file parsed with `yaml`, which keeps every node's offset. Slower than the parser used
 * for loading, so it is built only for files that have problems.
 */
export class FileLocator {
  readonly #doc: Document.Parsed | undefined;
  readonly #lines = new LineCounter();
  readonly #indexes = new WeakMap<YAMLMap, Map<string, Pair>>();

  constructor(text: string) {
    try {
      this.#doc = parseDocument(text, { lineCounter: this.#lines, uniqueKeys: false });
    } catch {
      // Input too deep for the positional parser: every problem falls back to the file start.
      this.#doc = undefined;
    }
  }

  position(offset: number): Position {
    const { line, col } = this.#lines.linePos(offset);
    return { line, column: col };
  }

  /**
   * The position of the value at `path`; for a path that does not exist, the position of its
   * nearest existing ancestor's key (so a missing field points at its parent).
   */
  locate(path: readonly PathSegment[], options: LocateOptions = {}): Position {
    const root = this.#doc?.contents;
    if (root === undefined || root === null) return { line: 1, column: 1 };
    let node: Node = root;
    // The key node under which `node` sits, if any.
    let keyNode: Node | undefined;
    for (const [index, segment] of path.entries()) {
      const isLast = index === path.length - 1;
      let next: { key?: Node; value: Node | null } | undefined;
      if (isMap(node)) {
        const pair = this.#pairOf(node, String(segment));
        if (pair !== undefined)
          next = { key: pair.key as Node, value: (pair.value as Node | null) ?? null };
      } else if (isSeq(node) && typeof segment === "number") {
        const item = node.items[segment];
        if (item !== undefined) next = { value: (item as Node | null) ?? null };
      }
      if (next === undefined) return this.#at(keyNode ?? node);
      if (isLast && options.key === true && next.key !== undefined) return this.#at(next.key);
      // A key with no value (`key:`) has nothing else to point at.
      const range = next.value?.range;
      if (next.value === null || range === undefined || range === null || range[0] === range[1]) {
        return this.#at(next.key ?? node);
      }
      keyNode = next.key;
      node = next.value;
    }
    return this.#at(node);
  }

  /**
   * The pair of a key in a mapping, from an index of the mapping's keys made on first use: a
   * file with many problems in one large mapping costs one pass over it, not one per problem.
   */
  #pairOf(map: YAMLMap, key: string): Pair | undefined {
    let index = this.#indexes.get(map);
    if (index === undefined) {
      index = new Map();
      for (const item of map.items)
        if (isPair(item) && isScalar(item.key)) {
          const name = String(item.key.value);
          // The first of duplicate keys, as a search from the start would find.
          if (!index.has(name)) index.set(name, item as Pair);
        }
      this.#indexes.set(map, index);
    }
    return index.get(key);
  }

  #at(node: Node): Position {
    return this.position(node.range?.[0] ?? 0);
  }
}

let last: { file: string; text: string; locator: FileLocator } | undefined;

/**
 * `file:line:column` of the value at `path` in a YAML text (1-based; columns count UTF-16
 * code units, as editors and SARIF do). Repeated calls for one file reuse its parse.
 */
export function locate(
  file: string,
  text: string,
  path: readonly PathSegment[],
  options: LocateOptions = {},
): Position {
  if (last === undefined || last.file !== file || last.text !== text)
    last = { file, text, locator: new FileLocator(text) };
  return last.locator.locate(path, options);
}
