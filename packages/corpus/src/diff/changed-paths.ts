import type { PathSegment } from "@leaks/schema";

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => equal(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!equal(a[key], b[key])) return false;
    return true;
  }
  return false;
}

/**
 * Where two versions of a record differ: the path of each value that changed, descending
 * into mappings, and into lists that kept their length (`appearances[1].quote`); a list that
 * grew or shrank is reported as a whole.
 */
export function changedPaths(
  before: unknown,
  after: unknown,
  path: readonly PathSegment[] = [],
): PathSegment[][] {
  if (equal(before, after)) return [];
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...Object.keys(before)];
    for (const key of Object.keys(after)) if (!Object.hasOwn(before, key)) keys.push(key);
    return keys.flatMap((key) => changedPaths(before[key], after[key], [...path, key]));
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    return before.flatMap((item, i) => changedPaths(item, after[i], [...path, i]));
  }
  return [[...path]];
}
