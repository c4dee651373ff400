import type { Incident } from "../models/incident.js";
import { indexCorpus } from "./corpus-index.js";
import { everyReference, incidentBasis, type ReferenceTest } from "./references.js";
import { defineRule, type Finding } from "./rule.js";

export const claimBasisIncidentRule = defineRule({
  code: "claim-basis-incident",
  severity: "error",
  description:
    "An incident rests on a claim that does not list the incident in its `incidents`: the claim would be missing from the incident's page.",
  *check(corpus): Generator<Finding> {
    const claims = indexCorpus(corpus).claim;
    let current: Incident | undefined;
    const listsIt: ReferenceTest = (target, id) => {
      if (target !== "claim" || current === undefined) return true;
      const claim = claims.get(id);
      return claim === undefined || claim.incidents.includes(current.id);
    };
    for (const incident of corpus.incidents) {
      current = incident;
      // Paths are built only for an incident with a basis claim that does not list it.
      if (everyReference({ kind: "incident", record: incident }, listsIt)) continue;
      for (const reference of incidentBasis(incident)) {
        const claim = claims.get(reference.id);
        // An unknown claim is reported by unknown-reference.
        if (claim === undefined || claim.incidents.includes(incident.id)) continue;
        yield {
          recordKind: "incident",
          recordId: incident.id,
          path: reference.path,
          message: `claim "${claim.id}" is cited here, but its incidents (${claim.incidents.map((id) => `"${id}"`).join(", ")}) do not include "${incident.id}"`,
          hint: `add "${incident.id}" to the incidents of claim "${claim.id}", or cite a claim about this incident`,
        };
      }
    }
  },
});
