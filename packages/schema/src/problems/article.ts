/**
 * The word with "a" or "an" before it, for messages built around a kind or nature name
 * ("an incident", "a claim", "an opinion"). Judged by the first letter, which is right for
 * every record kind and claim nature; a word like "hour" or "user" would need more.
 */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? "an" : "a"} ${word}`;
}
