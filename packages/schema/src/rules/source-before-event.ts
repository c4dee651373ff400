import type { Incident } from "../models/incident.js";
import { indexCorpus } from "./corpus-index.js";
import { certainlyAfter } from "./dates.js";
import { INCIDENT_DATE_FIELDS, incidentBasis } from "./references.js";
import { defineRule, type Finding } from "./rule.js";

export const sourceBeforeEventRule = defineRule({
  code: "source-before-event",
  severity: "error",
  description:
    "A source published before the events it reports: before the date a claim `concerns`, or before an incident date or timeline entry that rests on a claim the source carries.",
  *check(corpus): Generator<Finding> {
    const index = indexCorpus(corpus);
    const published = (id: string) => index.source.get(id)?.published;

    for (const claim of corpus.claims) {
      if (claim.concerns === undefined) continue;
      for (const [i, appearance] of claim.appearances.entries()) {
        const date = published(appearance.source);
        if (certainlyAfter(claim.concerns, date))
          yield {
            recordKind: "claim",
            recordId: claim.id,
            path: ["appearances", i, "source"],
            message: `source "${appearance.source}" was published ${date}, before the events the claim concerns (${claim.concerns})`,
            hint: `check the source's published date and the claim's \`concerns\`; an article's date is not the event's date`,
          };
      }
    }

    // Whether a claim appears in a source published certainly before `date`.
    const early = (date: string, id: string) =>
      index.claim.get(id)?.appearances.some((a) => certainlyAfter(date, published(a.source))) ===
      true;
    // The dated basis lists that the walk below checks, without building paths: most
    // incidents have none too early, and are passed over.
    const anyEarly = (incident: Incident) => {
      for (const field of INCIDENT_DATE_FIELDS) {
        const fact = incident.dates[field];
        if (fact !== undefined) for (const id of fact.claims) if (early(fact.date, id)) return true;
      }
      for (const entry of incident.timeline)
        for (const id of entry.claims) if (early(entry.date, id)) return true;
      return false;
    };

    for (const incident of corpus.incidents) {
      if (!anyEarly(incident)) continue;
      const dated = new Map<string, string>();
      for (const field of ["happened", "public", "acknowledged"] as const) {
        const fact = incident.dates[field];
        if (fact !== undefined) dated.set(`dates.${field}`, fact.date);
      }
      for (const [i, entry] of incident.timeline.entries()) dated.set(`timeline.${i}`, entry.date);
      for (const reference of incidentBasis(incident)) {
        const [field, key] = reference.path;
        const date = dated.get(`${field}.${key}`);
        if (date === undefined) continue;
        const claim = index.claim.get(reference.id);
        const early = claim?.appearances.find((a) => certainlyAfter(date, published(a.source)));
        if (early === undefined) continue;
        yield {
          recordKind: "incident",
          recordId: incident.id,
          path: reference.path,
          message: `claim "${reference.id}" appears in source "${early.source}", published ${published(early.source)}, before ${date}, the date it is cited for`,
          hint: "correct the date, the source's published date, or cite a claim that reports this date",
        };
      }
    }
  },
});
