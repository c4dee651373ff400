import { execFileSync } from "node:child_process";
import {
  appendFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, posix } from "node:path";
import fc from "fast-check";
import { isMap, isScalar, type Pair, parseDocument, type Scalar, visit } from "yaml";
import { PACKAGE_ROOT } from "../support/fixture-corpus.js";

// What the real corpus holds, read once: the arbitraries choose among its files.

function filesUnder(folder: string, extension: string): string[] {
  const found: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(PACKAGE_ROOT, rel), { withFileTypes: true })) {
      const path = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(extension)) found.push(path);
    }
  };
  walk(folder);
  return found.sort();
}

/** Record files, as paths from the folder holding data/ ("data/actors/cia.yaml"). */
export const RECORD_FILES = filesUnder("data", ".yaml");
/** Archived snapshots that some source names. */
export const SNAPSHOTS = filesUnder("archive", ".txt").filter((snapshot) =>
  filesUnder("data/sources", ".yaml").some((source) =>
    readFileSync(join(PACKAGE_ROOT, source), "utf8").includes(`snapshot: ${snapshot.slice(8)}`),
  ),
);
export const SOURCE_FILES = RECORD_FILES.filter((file) => file.startsWith("data/sources/"));
export const CLAIM_FOLDERS = [...new Set(filesUnder("data/claims", ".yaml").map(posix.dirname))];

if (RECORD_FILES.length < 10 || SNAPSHOTS.length === 0 || CLAIM_FOLDERS.length === 0)
  throw new Error("the real corpus is not where the property test expects it");

/** Where a link points: outside the tree, or nowhere. */
export const LINK_TARGETS = [
  "outside-copy",
  "outside-canary",
  "outside-folder",
  "/etc/hostname",
  "/dev/zero",
  "dangling",
  "itself",
] as const;
export type LinkTarget = (typeof LINK_TARGETS)[number];

/**
 * One change to the tree. Plain data, so that a failing case prints what was done; the
 * large contents (20,000 keys, 2 MiB) are made when the change is applied.
 */
export type Mutation =
  | {
      readonly kind: "flip-byte";
      readonly file: string;
      readonly at: number;
      readonly mask: number;
    }
  | {
      readonly kind: "insert-byte";
      readonly file: string;
      readonly at: number;
      readonly byte: number;
    }
  | { readonly kind: "truncate-file"; readonly file: string; readonly at: number }
  | {
      readonly kind: "control-in-string";
      readonly file: string;
      /** Which string value (modulo their number). */
      readonly nth: number;
      readonly at: number;
      readonly text: string;
      /** Written into the file as is, rather than as YAML escapes in a quoted string. */
      readonly raw: boolean;
    }
  | {
      readonly kind: "forbidden-key";
      readonly file: string;
      readonly nth: number;
      readonly key: "__proto__" | "constructor" | "prototype";
    }
  | { readonly kind: "duplicate-key"; readonly file: string; readonly nth: number }
  | {
      readonly kind: "anchor-alias";
      readonly file: string;
      readonly nth: number;
      readonly form: "alias" | "merge-key" | "alias-bomb";
    }
  | {
      readonly kind: "deep-nesting";
      readonly file: string;
      readonly depth: number;
      readonly style: "flow-sequence" | "flow-mapping" | "block-sequence";
      readonly closed: boolean;
    }
  | {
      readonly kind: "many-keys";
      readonly file: string;
      readonly keys: number;
      readonly style: "top-level" | "nested" | "flow";
    }
  | {
      readonly kind: "big-file";
      /** A record file or a snapshot. */
      readonly file: string;
      readonly bytes: number;
      readonly filler: "comment" | "string" | "lines";
    }
  | {
      readonly kind: "rename-file";
      readonly file: string;
      readonly name: string;
      /** latin1: the name's characters are bytes, so that a name can be invalid UTF-8. */
      readonly encoding: "utf8" | "latin1";
    }
  | {
      readonly kind: "extra-entry";
      /** Path from the folder holding data/; ending in "/" for a folder. */
      readonly place: string;
      readonly content: "text" | "record" | "none";
    }
  | { readonly kind: "symlink"; readonly at: string; readonly target: LinkTarget }
  | { readonly kind: "fifo"; readonly at: string }
  | { readonly kind: "folder-for-file"; readonly file: string; readonly withRecord: boolean }
  | { readonly kind: "snapshot-gone"; readonly snapshot: string; readonly keep: number | "nothing" }
  | {
      readonly kind: "user-info-url";
      readonly file: string;
      readonly field: "url" | "archive.url";
      readonly url: string;
    }
  | {
      readonly kind: "confusable-id";
      readonly file: string;
      readonly how: (typeof CONFUSIONS)[number];
    };

export type MutationKind = Mutation["kind"];

/** What a mutation must make the CLI report, when it is the only one. */
export interface Expectation {
  /** A problem with this code (else any error). */
  readonly code?: string;
  /** A problem in this file, or in this folder (else anywhere). */
  readonly file?: string;
  readonly why: string;
}

// The arbitraries, one per kind: a failure's counterexample names the kind.

const recordFile = fc.constantFrom(...RECORD_FILES);
const position = fc.nat({ max: 1_000_000 });

export const flipByte = fc.record({
  kind: fc.constant("flip-byte" as const),
  file: recordFile,
  at: position,
  mask: fc.integer({ min: 1, max: 255 }),
});

export const insertByte = fc.record({
  kind: fc.constant("insert-byte" as const),
  file: recordFile,
  at: position,
  byte: fc.integer({ min: 0, max: 255 }),
});

export const truncateFile = fc.record({
  kind: fc.constant("truncate-file" as const),
  file: recordFile,
  at: position,
});

/** Characters that a terminal, an editor or a parser may take for something else. */
export const HOSTILE_TEXT = [
  "\u0000",
  "\u001b[31m",
  "\u001b]8;;https://other.example/\u0007link\u001b]8;;\u0007",
  "\u001b[2J\u001b[H",
  "\u202e",
  "\u200b",
  "\u0007",
  "\t",
  "\n",
  "\r",
  "\u0085",
  "\u2028",
  "\u007f",
  "\ufeff",
  "\ud800",
] as const;

export const controlInString = fc.record({
  kind: fc.constant("control-in-string" as const),
  file: recordFile,
  nth: fc.nat({ max: 200 }),
  at: fc.nat({ max: 400 }),
  text: fc.constantFrom(...HOSTILE_TEXT),
  raw: fc.boolean(),
});

export const forbiddenKey = fc.record({
  kind: fc.constant("forbidden-key" as const),
  file: recordFile,
  nth: fc.nat({ max: 200 }),
  key: fc.constantFrom("__proto__" as const, "constructor" as const, "prototype" as const),
});

export const duplicateKey = fc.record({
  kind: fc.constant("duplicate-key" as const),
  file: recordFile,
  nth: fc.nat({ max: 200 }),
});

export const anchorAlias = fc.record({
  kind: fc.constant("anchor-alias" as const),
  file: recordFile,
  nth: fc.nat({ max: 200 }),
  form: fc.constantFrom("alias" as const, "merge-key" as const, "alias-bomb" as const),
});

export const deepNesting = fc.record({
  kind: fc.constant("deep-nesting" as const),
  file: recordFile,
  depth: fc.constantFrom(40, 10_000),
  style: fc.constantFrom(
    "flow-sequence" as const,
    "flow-mapping" as const,
    "block-sequence" as const,
  ),
  closed: fc.boolean(),
});

export const manyKeys = fc.record({
  kind: fc.constant("many-keys" as const),
  file: recordFile,
  keys: fc.constant(20_000),
  style: fc.constantFrom("nested" as const, "top-level" as const, "flow" as const),
});

export const bigFile = fc.record({
  kind: fc.constant("big-file" as const),
  file: fc.oneof(recordFile, fc.constantFrom(...SNAPSHOTS)),
  bytes: fc.constantFrom(300 * 1024, 2 * 1024 * 1024),
  filler: fc.constantFrom("comment" as const, "string" as const, "lines" as const),
});

/** File names outside the id alphabet (`[a-z0-9-]`), each a way a name can mislead. */
export const ODD_NAMES = [
  "UPPER-CASE.yaml",
  "with space.yaml",
  "ünïcödé.yaml",
  "e\u0301-decomposed.yaml",
  "cyrillic-\u0430.yaml",
  "ctrl\u0001char.yaml",
  "esc\u001b[31mred.yaml",
  "tab\there.yaml",
  "new\nline.yaml",
  "carriage\rreturn.yaml",
  "rtl\u202eyaml.txt.yaml",
  "zero\u200bwidth.yaml",
  ".yaml",
  "-.yaml",
  ".hidden.yaml",
  "back\\slash.yaml",
  'quote"and:colon.yaml',
  "a.YAML",
  `${"x".repeat(250)}.yaml`,
] as const;

export const renameFile = fc.oneof(
  fc.record({
    kind: fc.constant("rename-file" as const),
    file: recordFile,
    name: fc.constantFrom(...ODD_NAMES),
    encoding: fc.constant("utf8" as const),
  }),
  fc.record({
    kind: fc.constant("rename-file" as const),
    file: recordFile,
    // Bytes 0xff and 0xc3 0x28: not UTF-8, which Linux file names may still be.
    name: fc.constantFrom("invalid-\u00ff.yaml", "invalid-\u00c3\u0028.yaml"),
    encoding: fc.constant("latin1" as const),
  }),
);

/** Odd places for an extra entry: the content says what it holds ("none": empty). */
export const EXTRA_PLACES = [
  "data/README.md",
  "data/.DS_Store",
  "data/drafts/",
  "data/incidents/nested/",
  "data/incidents/notes.txt",
  "data/incidents/extra.yml",
  "data/incidents/ .yaml",
  "data/sources/empty/",
  "data/claims/loose.yaml",
  `${CLAIM_FOLDERS[0]}/deeper/`,
  "data/claims/no-such-incident/",
  "archive/unreferenced.txt",
  "archive/nested/",
  ".leaks-cache",
  "node_modules",
] as const;

export const extraEntry = fc.record({
  kind: fc.constant("extra-entry" as const),
  place: fc.constantFrom(...EXTRA_PLACES),
  content: fc.constantFrom("record" as const, "text" as const, "none" as const),
});

/** Where a link can be put: in place of a record, a folder or a snapshot, or as a new entry. */
const linkPlace = fc.oneof(
  recordFile,
  fc.constantFrom(...SNAPSHOTS),
  fc.constantFrom(
    "data/incidents/linked.yaml",
    "data/actors",
    CLAIM_FOLDERS[0] as string,
    "archive/linked.txt",
    "data/linked",
  ),
);

export const symlink = fc.record({
  kind: fc.constant("symlink" as const),
  at: linkPlace,
  target: fc.constantFrom(...LINK_TARGETS),
});

export const fifo = fc.record({
  kind: fc.constant("fifo" as const),
  at: fc.oneof(
    recordFile,
    fc.constantFrom(...SNAPSHOTS),
    fc.constantFrom("data/incidents/fifo.yaml", "data/fifo", "archive/fifo.txt", ".leaks-cache"),
  ),
});

export const folderForFile = fc.record({
  kind: fc.constant("folder-for-file" as const),
  file: fc.oneof(recordFile, fc.constantFrom(...SNAPSHOTS)),
  withRecord: fc.boolean(),
});

export const snapshotGone = fc.record({
  kind: fc.constant("snapshot-gone" as const),
  snapshot: fc.constantFrom(...SNAPSHOTS),
  keep: fc.oneof(fc.constant("nothing" as const), fc.nat({ max: 100_000 })),
});

/** URLs that read as one host and go to another. */
export const DECEPTIVE_URLS = [
  "https://trusted.example@other.example/",
  "https://trusted.example:secret@other.example/path",
  "https://trusted.example%40other.example/",
  "https://trusted.example\u2215@other.example/",
  "https://trusted.example\u3002other.example/",
  "https://xn--80ak6aa92e.example/",
] as const;

export const userInfoUrl = fc.record({
  kind: fc.constant("user-info-url" as const),
  file: fc.constantFrom(...SOURCE_FILES),
  field: fc.constantFrom("url" as const, "archive.url" as const),
  url: fc.constantFrom(...DECEPTIVE_URLS),
});

/** How a copy of a record gets an id that can be mistaken for its own. */
export const CONFUSIONS = [
  "o-as-0",
  "l-as-1",
  "m-as-rn",
  "w-as-vv",
  "d-as-cl",
  "upper-case",
  "cyrillic-a",
  "greek-o",
] as const;

export const confusableId = fc.record({
  kind: fc.constant("confusable-id" as const),
  file: recordFile,
  how: fc.constantFrom(...CONFUSIONS),
});

/** Every kind of mutation, by name. */
export const MUTATIONS: {
  readonly [K in MutationKind]: fc.Arbitrary<Extract<Mutation, { kind: K }>>;
} = {
  "flip-byte": flipByte,
  "insert-byte": insertByte,
  "truncate-file": truncateFile,
  "control-in-string": controlInString,
  "forbidden-key": forbiddenKey,
  "duplicate-key": duplicateKey,
  "anchor-alias": anchorAlias,
  "deep-nesting": deepNesting,
  "many-keys": manyKeys,
  "big-file": bigFile,
  "rename-file": renameFile,
  "extra-entry": extraEntry,
  symlink,
  fifo,
  "folder-for-file": folderForFile,
  "snapshot-gone": snapshotGone,
  "user-info-url": userInfoUrl,
  "confusable-id": confusableId,
};

export const anyMutation: fc.Arbitrary<Mutation> = fc.oneof(
  ...(Object.values(MUTATIONS) as fc.Arbitrary<Mutation>[]),
);

// Applying a mutation to the tree in `work`.

export interface Applied {
  /** What was done, in words (or why nothing was). */
  readonly note: string;
  readonly expect?: Expectation;
}

/** A regular file where the mutation wants one, else a note saying why it did nothing. */
function regularFile(work: string, file: string): string | undefined {
  try {
    return lstatSync(join(work, file)).isFile() ? join(work, file) : undefined;
  } catch {
    return undefined;
  }
}

const skipped = (file: string): Applied => ({
  note: `nothing done: ${JSON.stringify(file)} is no longer a regular file`,
});

/** The scalars of a YAML text that are string values (not keys), in document order. */
function stringValues(text: string): { doc: ReturnType<typeof parseDocument>; values: Scalar[] } {
  const doc = parseDocument(text, { uniqueKeys: false });
  const values: Scalar[] = [];
  visit(doc, {
    Scalar(key, node) {
      if (key !== "key" && typeof node.value === "string") values.push(node);
    },
  });
  return { doc, values };
}

function pairsOf(text: string): {
  doc: ReturnType<typeof parseDocument>;
  pairs: { pair: Pair; items: unknown[] }[];
} {
  const doc = parseDocument(text, { uniqueKeys: false });
  const pairs: { pair: Pair; items: unknown[] }[] = [];
  visit(doc, {
    Map(_, map) {
      for (const pair of map.items) pairs.push({ pair, items: map.items });
    },
  });
  return { doc, pairs };
}

/** Lines of YAML that nest `depth` levels under one key. */
function nesting(
  depth: number,
  style: "flow-sequence" | "flow-mapping" | "block-sequence",
  closed: boolean,
): string {
  if (style === "flow-sequence")
    return `deep: ${"[".repeat(depth)}x${closed ? "]".repeat(depth) : ""}\n`;
  if (style === "flow-mapping")
    return `deep: ${"{a: ".repeat(depth)}x${closed ? "}".repeat(depth) : ""}\n`;
  // Compact block sequences: `- - - x` is a sequence in a sequence in a sequence.
  return `deep:\n  ${"- ".repeat(depth)}x\n${closed ? "" : `${" ".repeat(2 * depth + 2)}- [unclosed\n`}`;
}

function manyKeysText(keys: number, style: "top-level" | "nested" | "flow"): string {
  const names = Array.from({ length: keys }, (_, i) => `k${i.toString(36)}`);
  if (style === "top-level") return names.map((key) => `${key}: 1\n`).join("");
  if (style === "nested") return `extra:\n${names.map((key) => `  ${key}: 1\n`).join("")}`;
  return `extra: {${names.map((key) => `${key}: 1`).join(", ")}}\n`;
}

function filler(bytes: number, how: "comment" | "string" | "lines"): string {
  const line =
    how === "comment"
      ? "# a comment line that goes on and on, padding the file out to its size\n"
      : "a line of text that goes on and on, padding the file out to its size\n";
  const body = line.repeat(Math.ceil(bytes / line.length)).slice(0, bytes);
  return how === "string" ? `padding: "${body.replaceAll("\n", " ")}"\n` : body;
}

function confusable(id: string, how: (typeof CONFUSIONS)[number]): string | undefined {
  const replace = (from: string, to: string) =>
    id.includes(from) ? id.replace(from, to) : undefined;
  switch (how) {
    case "o-as-0":
      return replace("o", "0");
    case "l-as-1":
      return replace("l", "1");
    case "m-as-rn":
      return replace("m", "rn");
    case "w-as-vv":
      return replace("w", "vv");
    case "d-as-cl":
      return replace("d", "cl");
    case "upper-case":
      return id.toUpperCase();
    case "cyrillic-a":
      return replace("a", "\u0430");
    case "greek-o":
      return replace("o", "\u03bf");
  }
}

/** The confusions that keep an id inside the id alphabet, which only the skeleton can catch. */
const IN_ALPHABET = new Set<string>(["o-as-0", "l-as-1", "m-as-rn", "w-as-vv", "d-as-cl"]);

/** A record file's worth of YAML for an extra entry. */
function recordText(): string {
  return readFileSync(join(PACKAGE_ROOT, RECORD_FILES[0] as string), "utf8");
}

/** Creates a FIFO: a reader that opens it waits for a writer, for ever. */
function makeFifo(path: string): void {
  execFileSync("mkfifo", [path]);
}

/** Applies one mutation to the tree in `work` (outside targets in `outside`). */
export function applyMutation(mutation: Mutation, work: string, outside: string): Applied {
  switch (mutation.kind) {
    case "flip-byte":
    case "insert-byte":
    case "truncate-file": {
      const path = regularFile(work, mutation.file);
      if (path === undefined) return skipped(mutation.file);
      const bytes = readFileSync(path);
      const at = mutation.at % (bytes.length + 1);
      if (mutation.kind === "flip-byte") {
        if (bytes.length === 0) return { note: "nothing done: the file is empty" };
        const i = at % bytes.length;
        bytes[i] = (bytes[i] as number) ^ mutation.mask;
        writeFileSync(path, bytes);
        return { note: `byte ${i} xor 0x${mutation.mask.toString(16)}` };
      }
      if (mutation.kind === "insert-byte") {
        writeFileSync(
          path,
          Buffer.concat([bytes.subarray(0, at), Buffer.from([mutation.byte]), bytes.subarray(at)]),
        );
        return { note: `byte 0x${mutation.byte.toString(16)} inserted at ${at}` };
      }
      truncateSync(path, at);
      return { note: `truncated to ${at} of ${bytes.length} bytes` };
    }
    case "control-in-string": {
      const path = regularFile(work, mutation.file);
      if (path === undefined) return skipped(mutation.file);
      const text = readFileSync(path, "utf8");
      const { doc, values } = stringValues(text);
      const scalar = values[mutation.nth % Math.max(values.length, 1)];
      if (scalar === undefined) return { note: "nothing done: no string value in the file" };
      if (mutation.raw) {
        const [start, end] = scalar.range ?? [0, 0];
        const at = start + (mutation.at % (end - start + 1));
        writeFileSync(path, `${text.slice(0, at)}${mutation.text}${text.slice(at)}`);
        return { note: `${JSON.stringify(mutation.text)} written raw at offset ${at}` };
      }
      const value = String(scalar.value);
      const at = mutation.at % (value.length + 1);
      scalar.value = `${value.slice(0, at)}${mutation.text}${value.slice(at)}`;
      writeFileSync(path, doc.toString());
      return {
        note: `${JSON.stringify(mutation.text)} put in the value ${JSON.stringify(value.slice(0, 40))}`,
      };
    }
    case "forbidden-key":
    case "duplicate-key": {
      const path = regularFile(work, mutation.file);
      if (path === undefined) return skipped(mutation.file);
      const { doc, pairs } = pairsOf(readFileSync(path, "utf8"));
      const chosen = pairs[mutation.nth % Math.max(pairs.length, 1)];
      if (chosen === undefined || !isScalar(chosen.pair.key))
        return { note: "nothing done: no key in the file" };
      const was = String(chosen.pair.key.value);
      if (mutation.kind === "forbidden-key") {
        chosen.pair.key.value = mutation.key;
        writeFileSync(path, doc.toString());
        return {
          note: `key ${JSON.stringify(was)} renamed ${mutation.key}`,
          expect: {
            code: "forbidden-key",
            file: mutation.file,
            why: "documented: such keys are refused",
          },
        };
      }
      chosen.items.splice(chosen.items.indexOf(chosen.pair) + 1, 0, chosen.pair.clone());
      writeFileSync(path, doc.toString());
      return {
        note: `key ${JSON.stringify(was)} written twice`,
        expect: {
          code: "duplicate-key",
          file: mutation.file,
          why: "documented: the same key twice",
        },
      };
    }
    case "anchor-alias": {
      const path = regularFile(work, mutation.file);
      if (path === undefined) return skipped(mutation.file);
      const text = readFileSync(path, "utf8");
      const expect = {
        code: "anchor-or-alias",
        file: mutation.file,
        why: "documented: anchors and aliases are refused",
      };
      if (mutation.form === "alias-bomb") {
        const rows = ["lol0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
        for (let i = 1; i < 10; i++)
          rows.push(
            `lol${i}: &a${i} [${Array(10)
              .fill(`*a${i - 1}`)
              .join(", ")}]`,
          );
        writeFileSync(path, `${text.trimEnd()}\n${rows.join("\n")}\n`);
        return { note: "ten levels of ten aliases each appended (10^10 values expanded)", expect };
      }
      const { values } = stringValues(text);
      const scalar = values[mutation.nth % Math.max(values.length, 1)];
      if (scalar?.range === undefined || scalar.range === null)
        return { note: "nothing done: no string value in the file" };
      const at = scalar.range[0];
      const anchored = `${text.slice(0, at)}&a1 ${text.slice(at)}`.trimEnd();
      if (mutation.form === "alias") {
        writeFileSync(path, `${anchored}\nzz-copy: *a1\n`);
        return { note: `anchor &a1 on the value at offset ${at}, alias *a1 appended`, expect };
      }
      writeFileSync(
        path,
        `${text.trimEnd()}\nzz-base: &base\n  id: from-merge\nzz-merged:\n  <<: *base\n`,
      );
      return { note: "a merge key <<: *base appended", expect };
    }
    case "deep-nesting": {
      const path = regularFile(work, mutation.file);
      if (path === undefined) return skipped(mutation.file);
      appendFileSync(path, `\n${nesting(mutation.depth, mutation.style, mutation.closed)}`);
      return {
        note: `${mutation.depth} levels of ${mutation.style} appended${mutation.closed ? "" : ", never closed"}`,
        expect: mutation.closed
          ? { code: "nesting-too-deep", file: mutation.file, why: "documented: at most 32 levels" }
          : { file: mutation.file, why: "unclosed collections are not valid YAML" },
      };
    }
    case "many-keys": {
      const path = regularFile(work, mutation.file);
      if (path === undefined) return skipped(mutation.file);
      appendFileSync(path, `\n${manyKeysText(mutation.keys, mutation.style)}`);
      return {
        note: `a mapping of ${mutation.keys} keys appended (${mutation.style})`,
        expect: { file: mutation.file, why: "keys the schema does not know" },
      };
    }
    case "big-file": {
      const path = regularFile(work, mutation.file);
      if (path === undefined) return skipped(mutation.file);
      const isSnapshot = mutation.file.startsWith("archive/");
      appendFileSync(path, `\n${filler(mutation.bytes, isSnapshot ? "lines" : mutation.filler)}`);
      return {
        note: `${mutation.bytes} bytes appended`,
        expect: isSnapshot
          ? {
              code: "snapshot-hash-mismatch",
              why: "the snapshot is no longer the one its hash names",
            }
          : { code: "file-too-large", file: mutation.file, why: "documented: at most 256 KiB" },
      };
    }
    case "rename-file": {
      const path = regularFile(work, mutation.file);
      if (path === undefined) return skipped(mutation.file);
      const folder = dirname(path);
      if (mutation.encoding === "latin1") {
        const target = Buffer.concat([
          Buffer.from(`${folder}/`),
          Buffer.from(mutation.name, "latin1"),
        ]);
        renameSync(path, target);
        return {
          note: "renamed to a name that is not UTF-8",
          expect: { why: "the file's name is not its id" },
        };
      }
      try {
        renameSync(path, join(folder, mutation.name));
      } catch (error) {
        return {
          note: `nothing done: the file system refuses the name (${(error as Error).message})`,
        };
      }
      const renamed = `${posix.dirname(mutation.file)}/${mutation.name}`;
      return {
        note: `renamed to ${JSON.stringify(mutation.name)}`,
        expect: { file: renamed, why: "a file name outside the id alphabet is never an id" },
      };
    }
    case "extra-entry": {
      const place = join(work, mutation.place);
      if (existsSync(place)) return { note: `nothing done: ${mutation.place} exists` };
      const content =
        mutation.content === "record" ? recordText() : mutation.content === "text" ? "notes\n" : "";
      if (mutation.place.endsWith("/")) {
        mkdirSync(place, { recursive: true });
        if (mutation.content !== "none") writeFileSync(join(place, "inside.yaml"), content);
      } else {
        mkdirSync(dirname(place), { recursive: true });
        writeFileSync(place, content);
      }
      // An empty folder where claims go holds nothing wrong (git would not even keep it).
      const inData =
        mutation.place.startsWith("data/") &&
        !(mutation.place === "data/claims/no-such-incident/" && mutation.content === "none");
      return {
        note: `${mutation.place} added (${mutation.content})`,
        ...(inData
          ? {
              expect: {
                file: mutation.place.replace(/\/$/, ""),
                why: "documented: the data tree holds only record files where records go",
              },
            }
          : {}),
      };
    }
    case "symlink": {
      const at = join(work, mutation.at);
      let target: string;
      switch (mutation.target) {
        case "outside-copy": {
          // A copy of what the link replaces: followed, the link would go unnoticed.
          const copy = join(outside, "copies", mutation.at);
          rmSync(copy, { recursive: true, force: true });
          mkdirSync(dirname(copy), { recursive: true });
          cpSync(existsSync(at) ? at : join(work, RECORD_FILES[0] as string), copy, {
            recursive: true,
          });
          target = copy;
          break;
        }
        case "outside-canary":
          target = join(
            outside,
            mutation.at.startsWith("archive/") ? "canary.txt" : "folder/canary.yaml",
          );
          break;
        case "outside-folder":
          target = join(outside, "folder");
          break;
        case "dangling":
          target = join(outside, "no-such-file");
          break;
        case "itself":
          target = at;
          break;
        default:
          target = mutation.target;
      }
      const replaced = existsSync(at);
      rmSync(at, { recursive: true, force: true });
      mkdirSync(dirname(at), { recursive: true });
      symlinkSync(target, at);
      const note = `${mutation.at} ${replaced ? "replaced by" : "added as"} a link to ${target}`;
      if (mutation.at.startsWith("data/"))
        return {
          note,
          expect: {
            file: mutation.at,
            why: "documented: symbolic links are not followed in the data folder",
          },
        };
      if (SNAPSHOTS.includes(mutation.at))
        return {
          note,
          expect: {
            why: "a snapshot that is a link is not the archived text in the tree, whatever it points at",
          },
        };
      return { note };
    }
    case "fifo": {
      const at = join(work, mutation.at);
      const replaced = existsSync(at);
      rmSync(at, { recursive: true, force: true });
      mkdirSync(dirname(at), { recursive: true });
      makeFifo(at);
      const note = `${mutation.at} ${replaced ? "replaced by" : "added as"} a FIFO`;
      if (mutation.at.startsWith("data/"))
        return { note, expect: { file: mutation.at, why: "a FIFO is not a record file" } };
      if (SNAPSHOTS.includes(mutation.at))
        return { note, expect: { why: "a FIFO is not an archived snapshot" } };
      return { note };
    }
    case "folder-for-file": {
      const path = regularFile(work, mutation.file);
      if (path === undefined) return skipped(mutation.file);
      rmSync(path);
      mkdirSync(path);
      if (mutation.withRecord) writeFileSync(join(path, "inside.yaml"), recordText());
      const note = `${mutation.file} replaced by a folder${mutation.withRecord ? " holding a record" : ""}`;
      return mutation.file.startsWith("data/")
        ? { note, expect: { file: mutation.file, why: "a folder is not a record file" } }
        : { note, expect: { why: "a folder is not an archived snapshot" } };
    }
    case "snapshot-gone": {
      const path = regularFile(work, mutation.snapshot);
      if (path === undefined) return skipped(mutation.snapshot);
      if (mutation.keep === "nothing") {
        rmSync(path);
        return {
          note: `${mutation.snapshot} deleted`,
          expect: { code: "snapshot-missing", why: "documented" },
        };
      }
      const size = lstatSync(path).size;
      const keep = mutation.keep % size;
      truncateSync(path, keep);
      return {
        note: `${mutation.snapshot} truncated to ${keep} of ${size} bytes`,
        expect: { code: "snapshot-hash-mismatch", why: "documented: every snapshot has its hash" },
      };
    }
    case "user-info-url": {
      const path = regularFile(work, mutation.file);
      if (path === undefined) return skipped(mutation.file);
      const doc = parseDocument(readFileSync(path, "utf8"), { uniqueKeys: false });
      if (!isMap(doc.contents)) return { note: "nothing done: the file holds no mapping" };
      doc.setIn(mutation.field.split("."), mutation.url);
      writeFileSync(path, doc.toString());
      return { note: `${mutation.field} set to ${JSON.stringify(mutation.url)}` };
    }
    case "confusable-id": {
      const path = regularFile(work, mutation.file);
      if (path === undefined) return skipped(mutation.file);
      const id = posix.basename(mutation.file, ".yaml");
      // The confusion asked for, else the first of the others that the id allows.
      const order = [mutation.how, ...CONFUSIONS.filter((how) => how !== mutation.how)];
      const how = order.find((h) => confusable(id, h) !== undefined) ?? "upper-case";
      const other = confusable(id, how) as string;
      const text = readFileSync(path, "utf8").replace(/^id: .*$/m, `id: ${other}`);
      const copy = `${posix.dirname(mutation.file)}/${other}.yaml`;
      writeFileSync(join(work, copy), text);
      return {
        note: `a copy of ${id} as ${JSON.stringify(other)} (${how})`,
        expect: IN_ALPHABET.has(how)
          ? // Either of the two may be reported: the one less plainly written, or the later.
            { code: "confusable-id", why: "documented: ids compared by their skeleton" }
          : { file: copy, why: "an id outside the id alphabet" },
      };
    }
  }
}
