/**
 * Characters a text field refuses (unsafe-character), one test per class: what the problem
 * says, and that it never holds the character itself. Written as escapes, so that this file
 * shows what it tests.
 */
import { describe, expect, test } from "vitest";
import * as z from "zod";
import {
  findUnsafeCharacters,
  formatProblem,
  HttpUrl,
  Line,
  Prose,
  parseRecord,
  Quote,
  RECORD_SCHEMAS,
  type RecordKind,
} from "../src/index.js";
import { loadRecordFixtures } from "./support/record-fixtures.js";

const actor = { id: "example-outlet", kind: "media-outlet", name: "Example Outlet" };
const claim = {
  id: "example-claim",
  incidents: ["example-incident"],
  statement: "An example statement.",
  claimant: { kind: "source-author", source: "example-report" },
  nature: "reported-fact",
  standing: "reported",
  credibility: {
    grade: 3,
    gradedBy: "editors",
    gradedOn: "2024-01-02",
    rationale: "An example.",
  },
  appearances: [{ source: "example-report", quote: "An example quote." }],
};

/** The problems of a record whose one field holds `text`. */
function problemsOf(kind: "actor" | "claim", field: string, text: string) {
  const record =
    kind === "actor"
      ? { ...actor, [field]: text }
      : field === "quote"
        ? { ...claim, appearances: [{ source: "example-report", quote: text }] }
        : { ...claim, [field]: text };
  return parseRecord(kind, record).problems;
}

/** The one problem of an actor named `name`: an unsafe character, never echoed. */
function refusedName(name: string) {
  const problems = problemsOf("actor", "name", name);
  expect(problems.map((p) => `${p.code} ${p.path.join(".")}`)).toEqual(["unsafe-character name"]);
  const [problem] = problems;
  if (problem === undefined) throw new Error("no problem");
  for (const ch of findUnsafeCharacters(name, { tab: false }))
    expect(formatProblem(problem)).not.toContain(String.fromCodePoint(ch.codePoint));
  return problem;
}

const accepted = (schema: z.ZodType, text: string) => schema.safeParse(text).success;

describe("refused in every text field", () => {
  test("C0 control characters, other than the line feed", () => {
    expect(refusedName("Example\u0007 Outlet").message).toBe(
      "U+0007 ALERT at character 8 is a control character: programs act on it instead of showing it",
    );
    expect(refusedName("\u001b[31mExample").message).toMatch(/^U\+001B ESCAPE at character 1 /);
    expect(refusedName("Example\u0000").message).toMatch(/^U\+0000 NULL at character 8 /);
    for (let cp = 0; cp < 0x20; cp++) {
      if (cp === 0x0a || cp === 0x09) continue;
      const text = `An example${String.fromCharCode(cp)} statement.`;
      expect(accepted(Prose, text), `U+${cp.toString(16)}`).toBe(false);
      expect(accepted(Line, text), `U+${cp.toString(16)}`).toBe(false);
    }
    expect(accepted(Prose, "One paragraph.\n\nAnother.")).toBe(true);
  });

  test("a carriage return, which only an escape can put in a YAML text", () => {
    expect(refusedName("Example\r Outlet").message).toMatch(
      /^U\+000D CARRIAGE RETURN at character 8 /,
    );
    const [problem] = problemsOf("claim", "statement", "First line.\r\nSecond line.");
    expect(problem?.code).toBe("unsafe-character");
  });

  test("DELETE", () => {
    expect(refusedName("Example\u007f Outlet").message).toMatch(/^U\+007F DELETE at character 8 /);
  });

  test("C1 control characters, NEXT LINE among them", () => {
    expect(refusedName("Example\u009b31m Outlet").message).toMatch(
      /^U\+009B CONTROL SEQUENCE INTRODUCER at character 8 is a control character/,
    );
    expect(refusedName("Example\u0085Outlet").message).toBe(
      "U+0085 NEXT LINE at character 8 is a line break that some programs show and others hide",
    );
    for (let cp = 0x80; cp <= 0x9f; cp++)
      expect(accepted(Quote, `A quote${String.fromCharCode(cp)}.`), `U+${cp.toString(16)}`).toBe(
        false,
      );
  });

  test("bidirectional overrides, embeddings and isolates", () => {
    const problem = refusedName("Example Outl\u202Eteltuo");
    expect(problem.message).toBe(
      "U+202E RIGHT-TO-LEFT OVERRIDE at character 13 would reverse the text shown around it",
    );
    expect(problem.hint).toBe(
      "delete it; retype the text around it if you copied it from a web page",
    );
    const names: Record<number, string> = {
      8234: "LEFT-TO-RIGHT EMBEDDING",
      8235: "RIGHT-TO-LEFT EMBEDDING",
      8236: "POP DIRECTIONAL FORMATTING",
      8237: "LEFT-TO-RIGHT OVERRIDE",
      8294: "LEFT-TO-RIGHT ISOLATE",
      8295: "RIGHT-TO-LEFT ISOLATE",
      8296: "FIRST STRONG ISOLATE",
      8297: "POP DIRECTIONAL ISOLATE",
    };
    for (const [cp, name] of Object.entries(names))
      expect(refusedName(`Example${String.fromCodePoint(Number(cp))}`).message).toBe(
        `U+${Number(cp).toString(16).toUpperCase()} ${name} at character 8 would reorder the text shown around it`,
      );
  });

  test("direction marks", () => {
    for (const [ch, label] of [
      ["\u200e", "U+200E LEFT-TO-RIGHT MARK"],
      ["\u200f", "U+200F RIGHT-TO-LEFT MARK"],
      ["\u061c", "U+061C ARABIC LETTER MARK"],
    ] as const)
      expect(refusedName(`Example${ch} Outlet`).message).toBe(
        `${label} at character 8 is an invisible direction mark that can move the text shown around it`,
      );
  });

  test("zero-width and invisible format characters", () => {
    for (const [ch, label] of [
      ["\u200b", "U+200B ZERO WIDTH SPACE"],
      ["\u2060", "U+2060 WORD JOINER"],
      ["\u2061", "U+2061 FUNCTION APPLICATION"],
      ["\u2062", "U+2062 INVISIBLE TIMES"],
      ["\u2063", "U+2063 INVISIBLE SEPARATOR"],
      ["\u2064", "U+2064 INVISIBLE PLUS"],
      ["\ufeff", "U+FEFF ZERO WIDTH NO-BREAK SPACE"],
      ["\u180e", "U+180E MONGOLIAN VOWEL SEPARATOR"],
      ["\ufff9", "U+FFF9 INTERLINEAR ANNOTATION ANCHOR"],
    ] as const) {
      expect(refusedName(`Exam${ch}ple Outlet`).message).toBe(
        `${label} at character 5 is invisible: the text looks the same without it, yet does not match it`,
      );
      expect(accepted(Prose, `An exam${ch}ple.`), label).toBe(false);
    }
    // Not hidden by trimming: the text is checked as written.
    expect(refusedName("\ufeffExample Outlet").message).toMatch(/^U\+FEFF .* at character 1 /);
  });

  test("the soft hyphen, in quotes and prose too", () => {
    expect(refusedName("Ex\u00adample").message).toMatch(/^U\+00AD SOFT HYPHEN at character 3 /);
    expect(problemsOf("claim", "quote", "The minis\u00adter said so.").map((p) => p.code)).toEqual([
      "unsafe-character",
    ]);
    expect(accepted(Prose, "A state\u00adment.")).toBe(false);
  });

  test("lone surrogates", () => {
    expect(refusedName("Example \ud83d Outlet").message).toBe(
      "U+D83D at character 9 is half of a character (a lone surrogate): the text is not valid Unicode",
    );
    expect(refusedName("Example \udca9").message).toMatch(/^U\+DCA9 at character 9 /);
    // A whole pair is one character.
    expect(accepted(Line, "Example \ud83d\udca9")).toBe(true);
  });

  test("the line and paragraph separators", () => {
    expect(refusedName("Example\u2028Outlet").message).toMatch(/^U\+2028 LINE SEPARATOR /);
    const [problem] = problemsOf("claim", "statement", "One.\u2029Two.");
    expect(problem?.message).toBe(
      "U+2029 PARAGRAPH SEPARATOR at character 5 is a line break that some programs show and others hide",
    );
  });

  test("tag characters, which can spell a hidden text, but not in an emoji flag", () => {
    const hidden = [..."ignore"].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0)));
    expect(refusedName(`Example${hidden.join("")}`).message).toBe(
      "U+E0069 TAG LATIN SMALL LETTER I at character 8 is an invisible tag character, which can carry hidden text (and 5 more unsafe characters after it)",
    );
    // The flag of England: black flag, the tags g b e n g, cancel tag.
    const england = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}";
    expect(accepted(Line, `Example ${england}`)).toBe(true);
    // Tags after another character, or left open, are refused.
    expect(accepted(Line, `Example \u{1F600}\u{E0067}\u{E0062}\u{E007F}`)).toBe(false);
    expect(accepted(Line, "Example \u{1F3F4}\u{E0067}\u{E0062}\u{E0065}")).toBe(false);
  });
});

describe("the tab", () => {
  test("is refused in one-line fields", () => {
    const problem = refusedName("Example\tOutlet");
    expect(problem.message).toBe(
      "U+0009 CHARACTER TABULATION at character 8 is a tab, which has no place in one line of text",
    );
    expect(problem.hint).toBe("replace it with a space");
    expect(accepted(Line, "Example Outlet\t")).toBe(false);
  });

  test("is allowed in prose and quotes", () => {
    expect(accepted(Prose, "Column one\tcolumn two.")).toBe(true);
    expect(accepted(Quote, "Column one\tcolumn two.")).toBe(true);
  });
});

describe("the zero-width joiner and non-joiner", () => {
  test("are allowed between the letters of scripts that join, and inside emoji", () => {
    for (const text of [
      "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", // Persian mi + ZWNJ + khaham, "I want"
      "\u0915\u094d\u200d\u0937", // Devanagari ka, virama, ZWJ, ssa
      "\u0dc1\u0dca\u200d\u0dbb\u0dd3", // Sinhala sha, virama, ZWJ, ra, ii
      "\u0d28\u0d4d\u200d and more", // Malayalam na, virama, ZWJ ending the word (a chillu)
      "\u{1F469}\u200d\u{1F4BB}", // woman, ZWJ, laptop
      "\u{1F3F3}\ufe0f\u200d\u{1F308}", // white flag, variation selector 16, ZWJ, rainbow
      "\u{1F468}\u{1F3FD}\u200d\u{1F4BB}", // man, skin tone, ZWJ, laptop
    ]) {
      expect(accepted(Line, text), text).toBe(true);
      expect(accepted(Quote, text), text).toBe(true);
    }
  });

  test("are refused where they join nothing: Latin text, an end, a space", () => {
    const problem = refusedName("Pay\u200cpal");
    expect(problem.message).toBe(
      "U+200C ZERO WIDTH NON-JOINER at character 4 joins nothing here: it belongs only between letters of scripts that join them (Persian, Devanagari...) or inside an emoji",
    );
    expect(problem.hint).toBe("delete it");
    for (const text of [
      "Exam\u200dple",
      "\u200dExample",
      "Example\u200d",
      "Example \u200c Outlet",
      "\u0645\u06cc\u200c ",
      "\u041f\u0440\u0438\u200c\u0432\u0435\u0442", // Cyrillic
    ])
      expect(accepted(Prose, text), text).toBe(false);
  });
});

describe("one problem per field", () => {
  test("names the first character and counts the others", () => {
    const problems = problemsOf("claim", "statement", "An\u200b example\u202e state\u0007ment.");
    expect(problems.map((p) => p.message)).toEqual([
      "U+200B ZERO WIDTH SPACE at character 3 is invisible: the text looks the same without it, yet does not match it (and 2 more unsafe characters after it)",
    ]);
    expect(problemsOf("claim", "statement", "An\u200b example\u200b.")[0]?.message).toMatch(
      /\(and 1 more unsafe character after it\)$/,
    );
  });

  test("beside the field's other problems, each said once; a value quoted shows an escape", () => {
    const problems = problemsOf("actor", "name", `\u202e${"x".repeat(300)}\nsecond line`);
    expect(problems.map((p) => p.code)).toEqual([
      "unsafe-character",
      "out-of-range",
      "invalid-format",
    ]);
    expect(problems[2]?.message).toMatch(
      /^string "<U\+202E>xxx.*<U\+000A>second line": must be a single line$/,
    );
  });

  test("no string field of any record accepts a right-to-left override, nor echoes it", () => {
    const fixtures = loadRecordFixtures().filter((f) => f.valid && f.name.endsWith("every-field"));
    expect(fixtures.map((f) => f.kind).sort()).toEqual(["actor", "claim", "incident", "source"]);
    let fields = 0;
    for (const fixture of fixtures) {
      for (const [path, value] of stringLeaves(fixture.data)) {
        const data = structuredClone(fixture.data);
        setAt(data, path, `${value}\u202e`);
        const result = parseRecord(fixture.kind, data);
        expect(result.ok, `${fixture.name} ${path.join(".")}`).toBe(false);
        const here = result.problems.filter((p) => p.path.join(".") === path.join("."));
        expect(here.length, `${fixture.name} ${path.join(".")}`).toBeGreaterThan(0);
        for (const problem of result.problems)
          expect(formatProblem(problem)).not.toContain("\u202e");
        fields++;
      }
    }
    expect(fields).toBeGreaterThan(40);
  });
});

type Path = (string | number)[];
function* stringLeaves(value: unknown, path: Path = []): Generator<[Path, string]> {
  if (typeof value === "string") yield [path, value];
  else if (Array.isArray(value))
    for (const [i, item] of value.entries()) yield* stringLeaves(item, [...path, i]);
  else if (value !== null && typeof value === "object")
    for (const [key, item] of Object.entries(value)) yield* stringLeaves(item, [...path, key]);
}
function setAt(data: unknown, path: Path, value: string) {
  let current = data as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) current = current[segment] as typeof current;
  current[path.at(-1) as string | number] = value;
}

describe("z.compile", () => {
  const texts = [
    "Example Outlet",
    "  Example Outlet  ",
    "Example\u202eOutlet",
    "Example\tOutlet",
    "Pay\u200cpal",
    "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
    "\u{1F469}\u200d\u{1F4BB}",
    "Example \ud83d",
    "One.\nTwo.",
    "x".repeat(301),
    "",
  ];
  const urls = [
    "https://example.org/report",
    "https://trusted.example@other.example/",
    "https://example.org/a report",
    "https://b\u00fccher.example/",
    "https://example.org/\u202e",
    "javascript:alert(1)",
  ];
  const same = (schema: z.ZodType, compiled: z.ZodType, input: unknown) => {
    const a = schema.safeParse(input);
    const b = compiled.safeParse(input);
    expect(b.success, JSON.stringify(input)).toBe(a.success);
    if (a.success) expect(b.data).toEqual(a.data);
    else expect(b.error?.issues).toEqual(a.error.issues);
  };

  test("compiles the text and URL checks into its fast path, with the same issues", () => {
    // `strict` throws where a check cannot be compiled instead of leaving it to the runtime.
    for (const schema of [Line, Prose, Quote] as z.ZodType[]) {
      const compiled = z.compile(schema, { strict: true });
      for (const text of texts) same(schema, compiled, text);
    }
    const compiledUrl = z.compile(HttpUrl, { strict: true });
    for (const url of urls) same(HttpUrl, compiledUrl, url);
    // The compiled schemas refuse, not only agree.
    expect(z.compile(Line).safeParse("Example\u202eOutlet").error?.issues[0]?.message).toBe(
      "U+202E RIGHT-TO-LEFT OVERRIDE at character 8 would reverse the text shown around it",
    );
    expect(compiledUrl.safeParse("https://trusted.example@other.example/").success).toBe(false);
  });

  test("compiled record schemas give the same problems", () => {
    for (const fixture of loadRecordFixtures()) {
      const schema = RECORD_SCHEMAS[fixture.kind as RecordKind] as z.ZodType;
      const compiled = z.compile(schema);
      same(schema, compiled, fixture.data);
      for (const [path, value] of stringLeaves(fixture.data)) {
        const data = structuredClone(fixture.data);
        setAt(data, path, `${value}\u200b`);
        same(schema, compiled, data);
      }
    }
  });
});
