import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import jsYaml from "js-yaml";
import { describe, expect, test } from "vitest";
import { stringify } from "yaml";
import { FALLBACK, fastYaml } from "../../src/loader/read/fast-yaml.js";
import { FIXTURES, PACKAGE_ROOT } from "../support/fixture-corpus.js";

const load = (text: string) => jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });

/** The fast parser gives what js-yaml gives, or leaves the text to it; says which. */
function agrees(text: string): "fast" | "fallback" {
  const fast = fastYaml(text);
  if (fast === FALLBACK) return "fallback";
  expect(fast, text).toEqual(load(text));
  return "fast";
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...yamlFiles(path));
    else if (entry.name.endsWith(".yaml")) out.push(path);
  }
  return out;
}

describe("the fast YAML parser of record files", () => {
  test("reads every record file of the corpus and the fixtures as js-yaml does", () => {
    const files = [...yamlFiles(join(PACKAGE_ROOT, "data")), ...yamlFiles(FIXTURES)];
    const outcomes = files.map((file) => {
      const text = readFileSync(file, "utf8");
      let valid = true;
      try {
        load(text);
      } catch {
        valid = false;
      }
      const outcome = agrees(text);
      // What js-yaml refuses is never read fast: its errors are the ones reported.
      if (!valid) expect(outcome, file).toBe("fallback");
      return outcome;
    });
    // The real corpus is written in the subset: nearly all of it is read fast.
    const fast = outcomes.filter((o) => o === "fast").length;
    expect(fast / outcomes.length).toBeGreaterThan(0.9);
  });

  test.each([
    [
      "plain scalars of every core type",
      "a: 1\nb: -2.5\nc: true\nd: ~\ne: null\nf: 0x1F\ng: .inf\nh: 2017-05-16\ni: 0o17\nj: 1e3\n",
    ],
    ["strings that only look typed", "a: True story\nb: nullable\nc: 12 angry men\nd: 1.2.3\n"],
    [
      "quoted scalars and their escapes",
      'a: "x \\"y\\" \\\\ \\n \\t \\u00e9 \\x41 \\/ \\_"\nb: \'it\'\'s\'\nc: "" # empty\n',
    ],
    [
      "comments everywhere",
      "# head\na: 1 # one\n# between\nb:\n  # inside\n  - x # item\n\n# tail\n",
    ],
    [
      "literal and folded blocks with every chomping",
      "a: |\n  one\n  two\n\nb: |-\n  one\n\n  two\nc: >\n  one\n  two\n\n  three\nd: >-\n  x\n",
    ],
    [
      "sequences at the key's indentation and compact mappings",
      "a:\n- x\n- y: 1\n  z: [] \nb:\n  - - no\n",
    ],
    ["empty values and collections", "a:\nb: []\nc: {}\nd:\n  e:\n"],
    ["keys js-yaml reads as other values", "null: 1\n"],
    ["duplicate keys", "a: 1\na: 2\n"],
    ["multi-line plain scalars", "a: one\n  two\n"],
    [
      "flow collections and indicators",
      "a: [x, y]\nb: {c: d}\nc: &x 1\nd: *x\ne: !!str 1\nf: @x\n",
    ],
    ["a document marker and a directive", "---\na: 1\n"],
    ["more indented lines in a folded block", "a: >\n  one\n    two\n  three\n"],
    ["a key with a colon in its value", "a: b: c\n"],
    ["a tab, a CR or a BOM", "a:\tb\n"],
  ])("%s: as js-yaml, or left to it", (_name, text) => {
    agrees(text);
  });

  test("random records written by js-yaml or yaml read back as js-yaml reads them", () => {
    const text = fc.string({
      unit: fc.constantFrom(..."abcXYZ019 .,:;#-'\"\\/!?&*|>%@[]{}\néü“”‘’😀"),
      maxLength: 120,
    });
    const scalar = fc.oneof(
      text,
      text,
      fc.string({ unit: "grapheme", maxLength: 60 }),
      fc.constantFrom(
        "",
        " lead",
        "trail ",
        "a: b",
        "#x",
        "- y",
        "'q'",
        '"d"',
        "null",
        "1e5",
        "0x10",
        "~",
        "yes",
        "2017-05-16",
        "x\ny",
        "a\n\nb\n",
        "  indented\nline",
        "é “quoted” ‘x’",
      ),
      fc.integer(),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.constant(null),
    );
    const key = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,11}$/);
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { maxDepth: 3 },
        scalar,
        fc.array(tie("node"), { maxLength: 4 }),
        fc.dictionary(key, tie("node"), { maxKeys: 5 }),
      ),
    })).node;
    const record = fc.dictionary(key, value, { minKeys: 1, maxKeys: 8 });
    let fast = 0;
    let all = 0;
    fc.assert(
      fc.property(
        record,
        fc.constantFrom(40, 80, 100, -1),
        fc.constantFrom<"'" | '"'>("'", '"'),
        fc.boolean(),
        (data, lineWidth, quotingType, useYaml) => {
          const text = useYaml
            ? stringify(data, { lineWidth: Math.max(lineWidth, 0) })
            : jsYaml.dump(data, {
                schema: jsYaml.CORE_SCHEMA,
                lineWidth,
                quotingType,
                noRefs: true,
              });
          all++;
          if (agrees(text) === "fast") fast++;
        },
      ),
      { numRuns: 400 },
    );
    // Not a test that passes by falling back: most generated files are read fast.
    expect(fast / all).toBeGreaterThan(0.3);
  });
});
