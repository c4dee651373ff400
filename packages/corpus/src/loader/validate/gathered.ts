import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CheckedRecord } from "../check/cross-checks.js";
import { analyseFile, type Pending } from "../read/analyse-file.js";
import type { FileResult } from "../read/analyse-on-disk.js";
import { LazyFields } from "./lazy-fields.js";

/** A record file as gathered: what the checks across files and the cache need of it. */
export interface GatheredRecord extends CheckedRecord {
  readonly digest: string;
  readonly pending: readonly Pending[];
  /** Where its stamp is in `Gathered.stamps`. */
  readonly index: number;
}

const NO_PROBLEMS: readonly Pending[] = [];

/** The records and problems of checked files, gathered for the checks across files. */
export class Gathered {
  readonly records: GatheredRecord[] = [];
  /** Four numbers a file: one flat array of doubles is far smaller than an array each. */
  readonly stamps: number[] = [];
  readonly entries: Pending[] = [];
  readonly lazy: LazyFields;
  readonly #strings = new Map<string, string>();

  constructor(dataDir: string) {
    this.lazy = new LazyFields((rel) => {
      try {
        const analysis = analyseFile(rel, readFileSync(join(dataDir, rel)));
        return analysis.type === "record" ? analysis.record : undefined;
      } catch {
        return undefined;
      }
    });
  }

  add(results: readonly FileResult[]): void {
    for (const result of results) {
      const { kind, id, record, rel } = result;
      if (kind === undefined || id === undefined) {
        this.entries.push(...result.pending);
        continue;
      }
      this.records.push({
        kind,
        id: this.#intern(id),
        rel,
        ...(record === undefined
          ? {}
          : { record: this.lazy.attach(kind, this.#internAll(record), rel, result.reading) }),
        digest: result.digest ?? "",
        pending: result.pending.length === 0 ? NO_PROBLEMS : result.pending,
        index: this.stamps.length / 4,
      });
      this.stamps.push(...(result.stamp ?? [Number.NaN, Number.NaN, Number.NaN, Number.NaN]));
    }
  }

  /** Lets the table of shared strings go: the records keep the strings themselves. */
  done(): this {
    this.#strings.clear();
    return this;
  }

  #intern(text: string): string {
    const known = this.#strings.get(text);
    if (known !== undefined) return known;
    this.#strings.set(text, text);
    return text;
  }

  /**
   * Shares one copy of each short string (ids, enum values, dates) among all records: a
   * corpus names the same ids over and over, and each copy that crossed from a worker is
   * its own string. Less memory, and map lookups in the rules reuse each string's hash.
   */
  #internAll<T>(value: T): T {
    const stack: unknown[] = [value];
    while (stack.length > 0) {
      const node = stack.pop();
      if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) {
          const item: unknown = node[i];
          if (typeof item === "string") {
            if (item.length <= INTERNED_LENGTH) node[i] = this.#intern(item);
          } else if (item !== null && typeof item === "object") stack.push(item);
        }
      } else if (node !== null && typeof node === "object") {
        const object = node as Record<string, unknown>;
        for (const key in object) {
          const item = object[key];
          if (typeof item === "string") {
            if (item.length <= INTERNED_LENGTH) object[key] = this.#intern(item);
          } else if (item !== null && typeof item === "object") stack.push(item);
        }
      }
    }
    return value;
  }
}

/** Strings up to this long are shared: ids, enum values and dates, not free text. */
const INTERNED_LENGTH = 64;
