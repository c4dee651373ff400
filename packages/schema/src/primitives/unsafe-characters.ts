/**
 * Characters that text in a record must not hold: they do not show as what they are, and a
 * reader (or a reviewer of a pull request) sees something other than what the record says.
 *
 * Refused everywhere, in names, titles, notes, statements, quotes and URLs:
 * - control characters: C0 (U+0000–U+001F) but the line feed, and the tab outside prose (see
 *   below); DELETE (U+007F); C1 (U+0080–U+009F). Terminals and browsers act on them or show
 *   nothing. A carriage return is one of them: YAML turns the line breaks of a file into line
 *   feeds, so one only arrives written as an escape.
 * - bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069): they
 *   reorder the text shown around them, so that a name or a statement reads differently from
 *   what it holds. The site sets the direction of right-to-left text itself.
 * - invisible format characters: U+200B ZERO WIDTH SPACE, U+2060–U+206F (word joiner, invisible
 *   operators, deprecated format controls), U+FEFF ZERO WIDTH NO-BREAK SPACE, U+180E MONGOLIAN
 *   VOWEL SEPARATOR, U+FFF9–U+FFFB (interlinear annotation) and U+00AD SOFT HYPHEN. Text holding
 *   one looks the same as text without it, yet neither matches nor sorts with it. The soft
 *   hyphen is refused in prose and quotes too: it only marks where a browser may break a word,
 *   so deleting it changes no word of a verbatim quote, and web pages are full of them.
 * - tag characters (U+E0000–U+E007F): invisible, and able to carry a whole hidden text. Only
 *   the tags of an emoji flag (a black flag, a subdivision code, a cancel tag) are allowed.
 * - lone surrogates (half of a character): the text is not valid Unicode.
 * - U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR: some programs break the line, others
 *   show nothing. Prose breaks lines with a line feed.
 *
 * The tab is refused in one-line fields (a name, a title, a URL), where it is always a slip
 * and shows as a space that compares differently from one. It is allowed in prose and quotes:
 * it is plain whitespace, it hides or reorders nothing, and a page renders it as a space.
 *
 * U+200C ZERO WIDTH NON-JOINER and U+200D ZERO WIDTH JOINER are part of real text: Persian
 * splits a word with a non-joiner (mi + ZWNJ + khaham, "I want"), Devanagari and Sinhala shape
 * conjuncts with a joiner, and emoji such as woman + ZWJ + laptop (a woman technologist) are
 * joined sequences. Quotes are verbatim, and names (Persian ones) need them too, so they are
 * allowed in every text field, but only where they join something: between two letters, marks
 * or emoji of which neither is Latin, Greek or Cyrillic (scripts in which a joiner changes at
 * most a ligature, and so could only hide a difference, as in "Pay" + ZWNJ + "pal"), or after a
 * combining mark of such a script (a virama ending a word, as older Malayalam text writes its
 * chillu letters). Anywhere else they are refused.
 */
import * as z from "zod";
import { codePointLabel } from "./character-names.js";

/** How a field treats the tab: allowed in prose and quotes, refused in one line of text. */
export interface TextOptions {
  /** Whether a tab is allowed (prose, quotes); the line feed is always left to the field. */
  readonly tab: boolean;
}

/** A character text must not hold, where it is in the text and what to do about it. */
export interface UnsafeCharacter {
  readonly codePoint: number;
  /** Position in the text, counting characters (code points) from 1. */
  readonly position: number;
  /** `U+202E RIGHT-TO-LEFT OVERRIDE`: never the character itself. */
  readonly label: string;
  /** What the character would do: `would reverse the text shown around it`. */
  readonly effect: string;
  readonly hint: string;
}

const RETYPE = "delete it; retype the text around it if you copied it from a web page";

/** What a refused character does, and how to mend the text. */
interface Verdict {
  readonly effect: string;
  readonly hint: string;
}

const CONTROL: Verdict = {
  effect: "is a control character: programs act on it instead of showing it",
  hint: RETYPE,
};
const TAB: Verdict = {
  effect: "is a tab, which has no place in one line of text",
  hint: "replace it with a space",
};
const LINE_BREAK: Verdict = {
  effect: "is a line break that some programs show and others hide",
  hint: "replace it with a space, or with a plain line break where prose needs one",
};
const REORDERING: Verdict = {
  effect: "would reorder the text shown around it",
  hint: RETYPE,
};
const REVERSING: Verdict = {
  effect: "would reverse the text shown around it",
  hint: RETYPE,
};
const DIRECTION_MARK: Verdict = {
  effect: "is an invisible direction mark that can move the text shown around it",
  hint: RETYPE,
};
const INVISIBLE: Verdict = {
  effect: "is invisible: the text looks the same without it, yet does not match it",
  hint: RETYPE,
};
const TAG: Verdict = {
  effect: "is an invisible tag character, which can carry hidden text",
  hint: RETYPE,
};
const SURROGATE: Verdict = {
  effect: "is half of a character (a lone surrogate): the text is not valid Unicode",
  hint: "delete it, and retype the character it belonged to",
};
const STRAY_JOINER: Verdict = {
  effect:
    "joins nothing here: it belongs only between letters of scripts that join them (Persian, Devanagari...) or inside an emoji",
  hint: "delete it",
};

// Patterns are built from strings: the linter rightly flags control characters in a regular
// expression literal, and here they are what is looked for.
/** Characters that may be refused, in text of any kind. The joiners are judged in context. */
const SUSPECT_CLASS =
  "\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u00AD\\u061C\\u180E\\u200B-\\u200F" +
  "\\u2028-\\u202E\\u2060-\\u206F\\uFEFF\\uFFF9-\\uFFFB\\uD800-\\uDFFF\\u{E0000}-\\u{E007F}";
const SUSPECT_IN_PROSE = new RegExp(`[${SUSPECT_CLASS}]`, "u");
const SUSPECT_IN_LINE = new RegExp(`[\\t${SUSPECT_CLASS}]`, "u");

/**
 * What a JSON Schema `pattern` can say of the same rule: the characters refused wherever they
 * stand, written as `\uXXXX` escapes of the Basic Multilingual Plane that any regular expression
 * engine reads. The joiners in context, tags and lone surrogates are left to the models.
 */
const REFUSED_BMP_CLASS =
  "\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u00AD\\u061C\\u180E\\u200B\\u200E\\u200F" +
  "\\u2028-\\u202E\\u2060-\\u206F\\uFEFF\\uFFF9-\\uFFFB";

const LETTER_MARK_OR_EMOJI = /^[\p{L}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}]$/u;
const LATIN_GREEK_CYRILLIC = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]$/u;
const MARK_OF_A_SCRIPT = /^(?![\p{Script=Inherited}\p{Script=Common}])\p{M}$/u;

/** Whether a joiner may stand next to this character (undefined: the text's start or end). */
const joins = (ch: string | undefined) =>
  ch !== undefined && LETTER_MARK_OR_EMOJI.test(ch) && !LATIN_GREEK_CYRILLIC.test(ch);
const endsAWordWithAMark = (ch: string | undefined) =>
  ch !== undefined && MARK_OF_A_SCRIPT.test(ch) && !LATIN_GREEK_CYRILLIC.test(ch);

const BLACK_FLAG = 0x1f3f4;
const CANCEL_TAG = 0xe007f;
/** A tag spelling a letter a-z or a digit: a subdivision code, in an emoji flag. */
const isSubdivisionTag = (cp: number) =>
  (cp >= 0xe0030 && cp <= 0xe0039) || (cp >= 0xe0061 && cp <= 0xe007a);

/** How many characters after `chars[i]` (a black flag) are the tags of an emoji flag, or 0. */
function flagTags(cps: readonly number[], i: number): number {
  let j = i + 1;
  while (j < cps.length && isSubdivisionTag(cps[j] as number)) j++;
  // A region (two letters or three digits) and one to four more: three to seven tags.
  const spec = j - i - 1;
  return spec >= 3 && spec <= 7 && cps[j] === CANCEL_TAG ? spec + 1 : 0;
}

function verdictOn(
  cp: number,
  before: string | undefined,
  after: string | undefined,
  options: TextOptions,
): Verdict | undefined {
  if (cp === 0x09) return options.tab ? undefined : TAB;
  if (cp === 0x0a) return undefined;
  if (cp === 0x2028 || cp === 0x2029 || cp === 0x85) return LINE_BREAK;
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return CONTROL;
  if (cp === 0x202e) return REVERSING;
  if ((cp >= 0x202a && cp <= 0x202d) || (cp >= 0x2066 && cp <= 0x2069)) return REORDERING;
  if (cp === 0x061c || cp === 0x200e || cp === 0x200f) return DIRECTION_MARK;
  if (cp === 0x200c || cp === 0x200d)
    return joins(before) && (joins(after) || endsAWordWithAMark(before)) ? undefined : STRAY_JOINER;
  if (cp >= 0xd800 && cp <= 0xdfff) return SURROGATE;
  if (cp >= 0xe0000 && cp <= 0xe007f) return TAG;
  if (
    cp === 0xad ||
    cp === 0x180e ||
    cp === 0x200b ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0xfeff ||
    (cp >= 0xfff9 && cp <= 0xfffb)
  )
    return INVISIBLE;
  return undefined;
}

/** Every character of `text` that a text field refuses, in order. Most text has none. */
export function findUnsafeCharacters(
  text: string,
  options: TextOptions = { tab: true },
): UnsafeCharacter[] {
  if (!(options.tab ? SUSPECT_IN_PROSE : SUSPECT_IN_LINE).test(text)) return [];
  // Code points, lone surrogates included (iteration yields them one by one).
  const chars = Array.from(text);
  const cps = chars.map((ch) => ch.codePointAt(0) as number);
  const found: UnsafeCharacter[] = [];
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i] as number;
    if (cp === BLACK_FLAG) {
      i += flagTags(cps, i);
      continue;
    }
    const verdict = verdictOn(cp, chars[i - 1], chars[i + 1], options);
    if (verdict !== undefined)
      found.push({ codePoint: cp, position: i + 1, label: codePointLabel(cp), ...verdict });
  }
  return found;
}

/** The message of an unsafe character, and how many more the same text holds. */
export function unsafeCharacterMessage(first: UnsafeCharacter, more: number): string {
  const rest =
    more === 0 ? "" : ` (and ${more} more unsafe character${more === 1 ? "" : "s"} after it)`;
  return `${first.label} at character ${first.position} ${first.effect}${rest}`;
}

/** Issue parameters that `problemsFromZodError` reads: the problem code and its hint. */
export interface ProblemParams {
  readonly code: string;
  readonly hint?: string;
  /** Whether the message leaves out the value (it may be long, and says where the fault is). */
  readonly quiet?: boolean;
}

/** JSON Schema patterns of the checks below, for the generator (scripts/generate.ts). */
export const JSON_SCHEMA_PATTERNS = new WeakMap<object, string>();

function unsafeCharacterCheck(options: TextOptions): z.core.$ZodCheck<string> {
  return z.check<string>((payload) => {
    const found = findUnsafeCharacters(payload.value, options);
    const [first] = found;
    if (first === undefined) return;
    const params: ProblemParams = { code: "unsafe-character", hint: first.hint, quiet: true };
    payload.issues.push({
      code: "custom",
      input: payload.value,
      message: unsafeCharacterMessage(first, found.length - 1),
      params,
      // Other checks of the field (length, one line) still run: each is its own problem.
      continue: true,
    });
  });
}

/**
 * A zod check refusing unsafe characters: one issue per text, naming the first and counting
 * the others. A plain `.check()`, so `z.compile` runs it as the models do. The generated JSON
 * Schema states what a `pattern` can of it.
 */
export function unsafeCharacters(options: TextOptions): z.core.$ZodCheck<string> {
  const check = unsafeCharacterCheck(options);
  JSON_SCHEMA_PATTERNS.set(check, `^[^${options.tab ? "" : "\\u0009"}${REFUSED_BMP_CLASS}]*$`);
  return check;
}

/**
 * For URLs, which leave tabs and line feeds to their own check of whitespace: no JSON Schema
 * pattern, as the `uri` format already refuses every character that is not ASCII.
 */
export const URL_TEXT = unsafeCharacterCheck({ tab: true });
/** Refuses a tab; the line feed is left to the field (a one-line field has its own check). */
export const ONE_LINE_TEXT = unsafeCharacters({ tab: false });
/** Allows tabs and line feeds. */
export const MULTILINE_TEXT = unsafeCharacters({ tab: true });

const SHOWN_ESCAPED = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;

/**
 * Text for a message: controls, format characters (bidirectional and invisible ones, joiners)
 * and lone surrogates as `<U+XXXX>`, so that a message can neither act on a terminal nor
 * hide what it quotes. The result holds no character it stands for.
 */
export function escapeForMessage(text: string): string {
  // The same `<U+XXXX>` form as `visibleText`, which every formatted problem goes through.
  return text.replace(
    SHOWN_ESCAPED,
    (ch) => `<U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}>`,
  );
}
