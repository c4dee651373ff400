import { ID_PATTERN } from "@leaks/schema";

/**
 * Letters from other scripts that render like Latin ones. Ids are ASCII by schema, but a file
 * name is not, and a look-alike file name must not slip past as a distinct record.
 */
const LOOKALIKE_LETTERS: Readonly<Record<string, string>> = {
  // Cyrillic
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  і: "i",
  ї: "i",
  ј: "j",
  ѕ: "s",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  һ: "h",
  ӏ: "l",
  // Greek
  α: "a",
  β: "b",
  ε: "e",
  ι: "i",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
};

/** Digits and letter pairs that read alike in ASCII, in the usual monospace and sans fonts. */
const LOOKALIKE_SEQUENCES: readonly (readonly [RegExp, string])[] = [
  [/0/g, "o"],
  [/[1|]/g, "l"],
  [/rn/g, "m"],
  [/vv/g, "w"],
  [/cl/g, "d"],
  [/[_.–—]/g, "-"],
];

const PLAIN_ASCII = /^[a-z0-9-]*$/;

/**
 * The shape an id is read as: lower case, accents dropped, look-alike letters and digits
 * folded together. Two ids with one skeleton are too easy to confuse in a reference.
 */
export function idSkeleton(id: string): string {
  // Well-formed ids are plain ASCII: only the folding below applies to them.
  let text = id;
  if (!PLAIN_ASCII.test(text)) {
    text = text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
    text = Array.from(text, (ch) => LOOKALIKE_LETTERS[ch] ?? ch).join("");
  }
  for (const [pattern, replacement] of LOOKALIKE_SEQUENCES)
    text = text.replace(pattern, replacement);
  return text;
}

/** 0 for a well-formed id that is its own skeleton; higher for ids less likely the original. */
function plainness(id: string): number {
  return (ID_PATTERN.test(id) ? 0 : 2) + (idSkeleton(id) === id ? 0 : 1);
}

/** Groups of distinct ids with one skeleton, each group sorted, groups in order of first id. */
export function confusableGroups(ids: Iterable<string>): string[][] {
  const bySkeleton = new Map<string, Set<string>>();
  for (const id of ids) {
    const skeleton = idSkeleton(id);
    let group = bySkeleton.get(skeleton);
    if (group === undefined) {
      group = new Set();
      bySkeleton.set(skeleton, group);
    }
    group.add(id);
  }
  return (
    [...bySkeleton.values()]
      .filter((group) => group.size > 1)
      // The others are measured against a well-formed id written in plain letters.
      .map((group) => [...group].sort((a, b) => plainness(a) - plainness(b) || (a < b ? -1 : 1)))
      .sort((a, b) => ((a[0] ?? "") < (b[0] ?? "") ? -1 : 1))
  );
}
