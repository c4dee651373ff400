import type { Incident } from "../models/incident.js";
import type { Involvement } from "../models/involvement.js";
import { RELATED_INCIDENT_TYPES } from "../models/related-incident.js";
import { parseDate } from "./dates.js";
import { INCIDENT_DATE_FIELDS } from "./references.js";
import { defineRule, type Finding } from "./rule.js";

/** From the first day an incident's earliest date may denote to the last of its latest. */
interface Span {
  readonly earliest: string;
  readonly latest: string;
  /** As written: `2017-05~`, or `2017-05-10 to 2017-05-16`. */
  readonly text: string;
}

function partiesOf(incident: Incident): Set<string> {
  const parties = new Set<string>();
  const named = (involvements: readonly Involvement[]) => {
    for (const involvement of involvements)
      if ("actor" in involvement) parties.add(involvement.actor);
  };
  named(incident.disclosedBy);
  named(incident.receivedBy);
  named(incident.originators);
  return parties;
}

function spanOf(incident: Incident): Span | undefined {
  const dates = INCIDENT_DATE_FIELDS.map((field) => incident.dates[field]).flatMap((fact) => {
    const parsed = fact === undefined ? undefined : parseDate(fact.date);
    return parsed === undefined ? [] : [parsed];
  });
  if (dates.length === 0) return undefined;
  const first = dates.reduce((a, b) => (b.earliest < a.earliest ? b : a));
  const last = dates.reduce((a, b) => (b.latest > a.latest ? b : a));
  return {
    earliest: first.earliest,
    latest: last.latest,
    text: first === last ? first.text : `${first.text} to ${last.text}`,
  };
}

function memo<T>(compute: (i: number) => T): (i: number) => T {
  const known = new Map<number, T>();
  return (i) => {
    if (!known.has(i)) known.set(i, compute(i));
    return known.get(i) as T;
  };
}

/** `"a"`, `"a" and "b"`, or `"a", "b" and 3 more`. */
function listed(items: readonly string[]): string {
  const shown = items.slice(0, 2).map((item) => `"${item}"`);
  const more = items.length - shown.length;
  if (more > 0) return `${shown.join(", ")} and ${more} more`;
  return shown.join(" and ");
}

export const likelyDuplicateIncidentRule = defineRule({
  code: "likely-duplicate-incident",
  severity: "warning",
  description:
    "Two incidents that look like one event: claims in a common source, overlapping dates (from the earliest to the latest of happened, public and acknowledged) and a common actor who leaked, received or originated it; unless either lists the other in related. Reported on the one with fewer claims.",
  *check(corpus): Generator<Finding> {
    const incidents = corpus.incidents;
    const indexOf = new Map<string, number>();
    for (const [i, incident] of incidents.entries())
      if (!indexOf.has(incident.id)) indexOf.set(incident.id, i);
    // Which incidents' claims appear in each source, and how many claims each incident has.
    const claimCount = incidents.map(() => 0);
    const citing = new Map<string, number[]>();
    for (const claim of corpus.claims)
      for (const [k, id] of claim.incidents.entries()) {
        const i = indexOf.get(id);
        if (i === undefined || claim.incidents.indexOf(id) !== k) continue;
        claimCount[i] = (claimCount[i] as number) + 1;
        for (const appearance of claim.appearances) {
          const list = citing.get(appearance.source);
          if (list === undefined) citing.set(appearance.source, [i]);
          else if (list.at(-1) !== i) list.push(i);
        }
      }

    // Only incidents with a source in common are compared, not every pair.
    const sharedSources = new Map<number, string[]>();
    for (const [source, list] of citing) {
      if (list.length < 2) continue;
      const distinct = [...new Set(list)].sort((x, y) => x - y);
      for (const [k, i] of distinct.entries())
        for (const j of distinct.slice(k + 1)) {
          const key = i * incidents.length + j;
          const sources = sharedSources.get(key);
          if (sources === undefined) sharedSources.set(key, [source]);
          else sources.push(source);
        }
    }

    // Dates and parties are looked at only for incidents that share a source with another.
    const spanAt = memo((i) => spanOf(incidents[i] as Incident));
    const partiesAt = memo((i) => partiesOf(incidents[i] as Incident));

    for (const key of [...sharedSources.keys()].sort((x, y) => x - y)) {
      const i = Math.floor(key / incidents.length);
      const j = key % incidents.length;
      const a = incidents[i] as Incident;
      const b = incidents[j] as Incident;
      if (a.related.some((r) => r.incident === b.id) || b.related.some((r) => r.incident === a.id))
        continue;
      const spanA = spanAt(i);
      const spanB = spanAt(j);
      if (spanA === undefined || spanB === undefined) continue;
      if (spanA.earliest > spanB.latest || spanB.earliest > spanA.latest) continue;
      const partiesB = partiesAt(j);
      const common = [...partiesAt(i)].filter((actor) => partiesB.has(actor)).sort();
      if (common.length === 0) continue;
      const sources = (sharedSources.get(key) as string[]).sort();
      // On the likelier newcomer: the incident with fewer claims, else the later one.
      const laterHere = (claimCount[j] as number) <= (claimCount[i] as number);
      const [here, other] = laterHere ? [b, a] : [a, b];
      const [hereSpan, otherSpan] = laterHere ? [spanB, spanA] : [spanA, spanB];
      yield {
        recordKind: "incident",
        recordId: here.id,
        path: ["id"],
        message: `may be the same event as incident "${other.id}": both rest on source${sources.length === 1 ? "" : "s"} ${listed(sources)}, both involve ${listed(common)}, and their dates overlap (${hereSpan.text} and ${otherSpan.text})`,
        hint: `if they are the same event, add these claims to the existing incident instead; if they are distinct, link them with related, written once on one of the two: { incident: ${other.id}, type: ${RELATED_INCIDENT_TYPES.join(" | ")} }`,
      };
    }
  },
});
