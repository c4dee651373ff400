import { Random } from "./random.js";

// Invented vocabulary: the text reads like reporting but names no real person, place or event.
const NOUNS = [
  "agency",
  "alliance",
  "ambassador",
  "analyst",
  "archive",
  "assessment",
  "briefing",
  "cable",
  "channel",
  "committee",
  "contact",
  "council",
  "delegation",
  "department",
  "diplomat",
  "directive",
  "document",
  "embassy",
  "envoy",
  "file",
  "government",
  "inquiry",
  "investigation",
  "liaison",
  "meeting",
  "memo",
  "minister",
  "ministry",
  "mission",
  "network",
  "office",
  "officer",
  "official",
  "operation",
  "partner",
  "plan",
  "programme",
  "protocol",
  "report",
  "review",
  "source",
  "spokesperson",
  "statement",
  "summit",
  "team",
  "threat",
  "visit",
  "warning",
  "witness",
  "agreement",
  "arrangement",
  "account",
  "allegation",
  "disclosure",
  "exchange",
  "finding",
  "hearing",
  "interview",
  "leak",
  "material",
  "matter",
  "notice",
  "outlet",
  "panel",
  "photograph",
  "procedure",
  "record",
  "request",
  "response",
  "secret",
  "service",
  "signal",
  "transcript",
  "unit",
  "version",
  "week",
  "month",
  "year",
  "decision",
];
const VERBS = [
  "said",
  "reported",
  "confirmed",
  "denied",
  "suggested",
  "claimed",
  "stated",
  "noted",
  "described",
  "acknowledged",
  "disputed",
  "questioned",
  "indicated",
  "warned",
  "argued",
  "explained",
  "insisted",
  "recalled",
  "added",
  "announced",
  "declined to comment on",
  "raised",
  "reviewed",
  "shared",
  "withheld",
  "paused",
  "restored",
  "limited",
  "discussed",
  "requested",
  "received",
  "passed",
  "summarised",
  "relayed",
  "quoted",
  "examined",
];
const ADJECTIVES = [
  "classified",
  "sensitive",
  "senior",
  "former",
  "current",
  "foreign",
  "domestic",
  "formal",
  "informal",
  "unnamed",
  "official",
  "public",
  "private",
  "internal",
  "external",
  "bilateral",
  "joint",
  "regional",
  "national",
  "partial",
  "detailed",
  "brief",
  "lengthy",
  "early",
  "late",
  "separate",
  "routine",
  "urgent",
  "unusual",
  "secret",
  "restricted",
  "shared",
  "allied",
  "independent",
  "cautious",
  "lengthy",
  "confidential",
  "technical",
  "political",
  "legal",
];
const CONNECTORS = [
  "and",
  "but",
  "while",
  "after",
  "before",
  "because",
  "although",
  "as",
  "when",
  "since",
  "whereas",
  "until",
  "so that",
  "even though",
  "once",
  "if",
];
const FUNCTION_WORDS = ["the", "a", "its", "their", "that", "this", "another", "each"];
const SYLLABLES = [
  "ka",
  "lo",
  "ven",
  "mar",
  "sel",
  "tor",
  "ri",
  "an",
  "del",
  "vo",
  "ma",
  "ne",
  "sha",
  "ber",
  "til",
  "qui",
  "ros",
  "ela",
  "dun",
  "fen",
  "gar",
  "hol",
  "is",
  "jar",
  "ko",
  "lin",
  "mor",
  "nal",
  "or",
  "pa",
  "ru",
  "sen",
  "ta",
  "ul",
  "vik",
  "wen",
  "ya",
  "zo",
  "bra",
  "cle",
  "dra",
];
const ACCENTED = ["é", "ö", "ë", "á", "ø", "ç"];

/**
 * The words of running text: the vocabulary above first, then a long tail of invented words,
 * drawn with Zipf's law as words of real text are. A search index over text with too few
 * words would be unrealistically dense (every word on every page).
 */
const TAIL_WORDS = 5000;
const ZIPF_EXPONENT = 1.0;
const { LEXICON, CUMULATIVE } = (() => {
  const words = [...new Set([...NOUNS, ...ADJECTIVES])];
  const seen = new Set(words);
  const headCount = words.length;
  const syllables = new Random(0x5eed);
  while (words.length < headCount + TAIL_WORDS) {
    let word = "";
    for (let n = syllables.int(2, 4); n > 0; n--) word += syllables.pick(SYLLABLES);
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= words.length; rank++) {
    total += 1 / rank ** ZIPF_EXPONENT;
    cumulative.push(total);
  }
  return { LEXICON: words, CUMULATIVE: cumulative.map((c) => c / total) };
})();

/** A content word of running text, by Zipf's law over the lexicon. */
function contentWord(random: Random): string {
  const roll = random.float();
  let low = 0;
  let high = CUMULATIVE.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((CUMULATIVE[mid] as number) < roll) low = mid + 1;
    else high = mid;
  }
  return LEXICON[low] as string;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A made-up proper name of two to three syllables, sometimes with an accented letter. */
export function properName(random: Random): string {
  let name = "";
  const count = random.int(2, 3);
  for (let i = 0; i < count; i++) name += random.pick(SYLLABLES);
  if (random.chance(0.08)) {
    const at = random.int(1, name.length - 1);
    name = `${name.slice(0, at)}${random.pick(ACCENTED)}${name.slice(at + 1)}`;
  }
  return capitalise(name);
}

export function personName(random: Random): string {
  return `${properName(random)} ${properName(random)}`;
}

/** A word of the vocabulary safe for an id: ASCII letters only. */
export function slugWord(random: Random): string {
  return random.pick(random.chance(0.5) ? NOUNS : ADJECTIVES);
}

export function slug(random: Random, words: number): string {
  const parts: string[] = [];
  while (parts.length < words) {
    const word = slugWord(random).replace(/[^a-z]/g, "");
    if (word.length > 0 && !parts.includes(word)) parts.push(word);
  }
  return parts.join("-");
}

function clause(random: Random, words: number): string[] {
  const out: string[] = [random.pick(FUNCTION_WORDS)];
  if (random.chance(0.5)) out.push(random.pick(ADJECTIVES));
  out.push(contentWord(random), random.pick(VERBS));
  while (out.length < words) {
    const roll = random.float();
    if (roll < 0.15) out.push(random.pick(FUNCTION_WORDS));
    else if (roll < 0.4) out.push(random.pick(ADJECTIVES));
    else if (roll < 0.85) out.push(contentWord(random));
    else out.push(random.pick(VERBS));
  }
  return out;
}

/** One sentence of roughly `minLength` to `maxLength` characters. */
export function sentence(random: Random, minLength = 60, maxLength = 220): string {
  const target = random.int(minLength, maxLength);
  const words: string[] = [];
  let length = 0;
  while (length < target) {
    const part = clause(random, random.int(5, 11));
    if (words.length > 0) {
      const joiner = random.pick(CONNECTORS);
      words[words.length - 1] += ",";
      words.push(joiner);
      length += joiner.length + 2;
    }
    for (const word of part) {
      words.push(word);
      length += word.length + 1;
    }
    if (length > maxLength * 0.8) break;
  }
  let text = words.join(" ");
  // Room for the full stop.
  if (text.length >= maxLength) text = text.slice(0, text.lastIndexOf(" ", maxLength - 1));
  text = capitalise(text.replace(/,$/, ""));
  // Some sentences carry reported speech, with the punctuation real quotes have.
  if (random.chance(0.15)) {
    const speech = clause(random, random.int(4, 7)).join(" ");
    const withSpeech = `${text}: “${capitalise(speech)}”`;
    // Within the length asked for: a quote over 300 characters draws a warning.
    if (withSpeech.length < maxLength) text = withSpeech;
  }
  return `${text}.`;
}

/** Sentences joined into a paragraph of about `length` characters. */
export function paragraph(random: Random, length: number): string {
  const parts: string[] = [];
  let total = 0;
  while (total < length) {
    const s = sentence(random, 60, 200);
    parts.push(s);
    total += s.length + 1;
  }
  return parts.join(" ");
}

/** A title of a few words, capitalised like a headline. */
export function title(random: Random, minWords = 4, maxWords = 10): string {
  const words = clause(random, random.int(minWords, maxWords));
  return words.map((w, i) => (i === 0 || w.length > 3 ? capitalise(w) : w)).join(" ");
}

export function tagWord(random: Random): string {
  return random.pick(random.chance(0.5) ? NOUNS : ADJECTIVES);
}

/**
 * Queries a reader might type into the site's search: mostly specific words (names, places,
 * terms found on a few pages), some common ones, pairs, and a word typed halfway.
 */
export function searchQueries(random: Random, count: number): string[] {
  // The head of the tail: words on a few pages each, as names and specific terms are.
  const specific = LEXICON.slice(LEXICON.length - TAIL_WORDS, LEXICON.length - TAIL_WORDS + 1000);
  const common = LEXICON.slice(0, LEXICON.length - TAIL_WORDS);
  const queries: string[] = [];
  while (queries.length < count) {
    const roll = random.float();
    let query: string;
    if (roll < 0.5) query = random.pick(specific);
    else if (roll < 0.7) query = random.pick(common);
    else if (roll < 0.9) query = `${random.pick(common)} ${random.pick(specific)}`;
    else query = random.pick(specific).slice(0, random.int(3, 5));
    if (!queries.includes(query)) queries.push(query);
  }
  return queries;
}
