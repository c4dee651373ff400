import { defineCheck, type Pending, problemOf } from "./define.js";

export const unsafeFileName = defineCheck({
  code: "unsafe-file-name",
  scope: "tree",
  description:
    "A file or folder name with a control, invisible or bidirectional character, or a character the file system could not decode: reported, never read.",
  // The case's make.json writes the files at test time: not every file system takes such names.
  fixture: "unsafe-file-name",
});

// Controls, format characters (bidi controls, zero-width), line and paragraph separators,
// spaces other than U+0020, private-use and unpaired surrogate code points, and U+FFFD, which
// is what a name that is not UTF-8 decodes to (the file could not be opened by that name).
const UNSAFE_IN_NAME = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}\uFFFD]|(?! )\p{Zs}/u;
function codePoint(c: string): string {
  return (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
}

/** The problem of an entry whose name holds an unsafe character, or undefined. */
export function unsafeNamePending(parent: string, name: string): Pending | undefined {
  const found = UNSAFE_IN_NAME.exec(name);
  if (found === null) return undefined;
  // The real path, so that tools can find the entry: every output format shows it escaped.
  const rel = parent === "" ? name : `${parent}/${name}`;
  return {
    rel,
    problem: problemOf(
      unsafeFileName,
      `the name holds U+${codePoint(found[0])}, a character that is invisible, moves text around or is not text: not read`,
      "rename it with letters a-z, digits and hyphens only (a record file is <id>.yaml)",
    ),
  };
}
