import { distance } from "fastest-levenshtein";
import { actorIds, getActor, getDossier, incidentIds } from "@/lib/corpus";
import type { StandingGroup } from "@/lib/views";

/** A claim as search indexes it: a record of its own, at its anchor on its dossier. */
export interface ClaimSearchRecord {
  /** The claim's permalink, `/incidents/<id>/#claim-<claim>`. */
  readonly url: string;
  readonly statement: string;
  /** The verbatim quotes, searched too. */
  readonly quotes: readonly string[];
  /** The standing as its badge on the card says it. */
  readonly standing: string;
  readonly group: StandingGroup;
  /** The title of the dossier the claim's permalink is on. */
  readonly incident: string;
}

/** What scripts/postbuild.mjs indexes besides the pages (scripts/search-index.mjs). */
export interface SearchRecords {
  readonly claims: readonly ClaimSearchRecord[];
  /** Spellings of one name each: an actor's name with its aliases, and the words they differ in. */
  readonly names: readonly (readonly string[])[];
}

/** Two spellings of one word ("Sergey", "Sergei"): letters only, and an edit or two apart. */
function spellingsOfOneWord(a: string, b: string): boolean {
  const word = /^\p{L}{4,}$/u;
  return word.test(a) && word.test(b) && distance(a.toLowerCase(), b.toLowerCase()) <= 2;
}

/**
 * "Volodymyr Zelenskyy" and its alias "Volodymyr Zelenksyy" differ in one word, two spellings of
 * it: "Zelenskyy" and "Zelenksyy" are then spellings of one name too, so a text naming him by
 * surname alone is found by either. Names of as many words are compared word by word; an
 * initial ("J. Smith") or another word altogether makes no pair.
 */
function wordVariants(names: readonly string[]): string[][] {
  const split = names.map((name) => name.split(/\s+/));
  const variants: string[][] = [];
  for (const words of split) {
    for (const other of split) {
      if (other === words || other.length !== words.length) continue;
      for (const [i, word] of words.entries()) {
        const alt = other[i];
        if (alt === undefined || alt === word || !spellingsOfOneWord(word, alt)) continue;
        const group = variants.find((g) => g.includes(word) || g.includes(alt));
        if (group === undefined) variants.push([word, alt]);
        else for (const w of [word, alt]) if (!group.includes(w)) group.push(w);
      }
    }
  }
  return variants;
}

export function searchRecords(): SearchRecords {
  const claims: ClaimSearchRecord[] = [];
  for (const id of incidentIds()) {
    const dossier = getDossier(id);
    if (dossier === undefined) continue;
    for (const claim of dossier.groups.flatMap((group) => group.claims)) {
      // A claim of several incidents is indexed once, at its permalink.
      if (!claim.href.startsWith(dossier.href)) continue;
      claims.push({
        url: claim.href,
        statement: claim.statement,
        quotes: claim.appearances.map((appearance) => appearance.quote),
        standing: claim.standingLabel,
        group: claim.group,
        incident: dossier.title,
      });
    }
  }
  const names = actorIds().flatMap((id) => {
    const actor = getActor(id);
    if (actor === undefined || actor.aliases.length === 0) return [];
    const spellings = [actor.name, ...actor.aliases];
    return [spellings, ...wordVariants(spellings)];
  });
  return { claims, names };
}
