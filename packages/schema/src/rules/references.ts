import type { Actor } from "../models/actor.js";
import type { AnonymousSource } from "../models/anonymous-source.js";
import type { Claim } from "../models/claim.js";
import type { DateBasis } from "../models/date-basis.js";
import type { Incident } from "../models/incident.js";
import type { Involvement } from "../models/involvement.js";
import type { Source } from "../models/source.js";
import type { PathSegment, RecordKind } from "../problems/problem.js";
import type { RecordEntry } from "./corpus-index.js";

/** A field that names another record by id. */
export interface Reference {
  /** The kind of record the id must name. */
  readonly target: RecordKind;
  readonly id: string;
  /** Where the id is written in the referring record. */
  readonly path: readonly PathSegment[];
}

function* listOf(
  target: RecordKind,
  ids: readonly string[],
  path: readonly PathSegment[],
): Generator<Reference> {
  for (const [i, id] of ids.entries()) yield { target, id, path: [...path, i] };
}

function* anonymousReferences(
  anonymous: AnonymousSource,
  path: readonly PathSegment[],
): Generator<Reference> {
  if (anonymous.relayedBy !== undefined)
    yield { target: "actor", id: anonymous.relayedBy, path: [...path, "relayedBy"] };
}

function* basisReferences(basis: DateBasis, path: readonly PathSegment[]): Generator<Reference> {
  if (basis.in !== undefined) yield { target: "source", id: basis.in, path: [...path, "in"] };
  yield { target: "source", id: basis.anchor, path: [...path, "anchor"] };
}

export function* claimReferences(claim: Claim): Generator<Reference> {
  yield* listOf("incident", claim.incidents, ["incidents"]);
  const { claimant } = claim;
  if (claimant.kind === "actor")
    yield { target: "actor", id: claimant.actor, path: ["claimant", "actor"] };
  else if (claimant.kind === "source-author")
    yield { target: "source", id: claimant.source, path: ["claimant", "source"] };
  else yield* anonymousReferences(claimant.anonymous, ["claimant", "anonymous"]);
  for (const [i, appearance] of claim.appearances.entries()) {
    yield { target: "source", id: appearance.source, path: ["appearances", i, "source"] };
    yield* listOf("source", appearance.via, ["appearances", i, "via"]);
  }
  if (claim.concernsInferred !== undefined)
    yield* basisReferences(claim.concernsInferred, ["concernsInferred"]);
  for (const [i, relation] of claim.relations.entries())
    yield { target: "claim", id: relation.claim, path: ["relations", i, "claim"] };
}

export function* sourceReferences(source: Source): Generator<Reference> {
  if (source.publisher !== undefined)
    yield { target: "actor", id: source.publisher, path: ["publisher"] };
  yield* listOf("actor", source.authors, ["authors"]);
  if (source.publishedInferred !== undefined)
    yield* basisReferences(source.publishedInferred, ["publishedInferred"]);
  for (const [i, citation] of source.cites.entries())
    yield { target: "source", id: citation.source, path: ["cites", i, "source"] };
}

export function* actorReferences(actor: Actor): Generator<Reference> {
  yield* listOf("actor", actor.members, ["members"]);
  for (const [i, position] of actor.positions.entries()) {
    if (position.organisation !== undefined)
      yield {
        target: "actor",
        id: position.organisation,
        path: ["positions", i, "organisation"],
      };
    yield* listOf("claim", position.claims, ["positions", i, "claims"]);
  }
  for (const [i, affiliation] of actor.affiliations.entries())
    yield { target: "actor", id: affiliation.actor, path: ["affiliations", i, "actor"] };
}

export const INVOLVEMENT_FIELDS = ["disclosedBy", "receivedBy", "originators"] as const;
export const INCIDENT_DATE_FIELDS = ["happened", "public", "acknowledged"] as const;

function* involvementReferences(
  involvement: Involvement,
  path: readonly PathSegment[],
): Generator<Reference> {
  if ("actor" in involvement)
    yield { target: "actor", id: involvement.actor, path: [...path, "actor"] };
  else yield* anonymousReferences(involvement.anonymous, [...path, "anonymous"]);
  yield* listOf("claim", involvement.claims, [...path, "claims"]);
}

export function* incidentReferences(incident: Incident): Generator<Reference> {
  for (const [i, sentence] of incident.summaryBasis.entries())
    yield* listOf("claim", sentence.claims, ["summaryBasis", i, "claims"]);
  for (const field of INCIDENT_DATE_FIELDS) {
    const fact = incident.dates[field];
    if (fact?.inferred !== undefined)
      yield* basisReferences(fact.inferred, ["dates", field, "inferred"]);
    if (fact !== undefined) yield* listOf("claim", fact.claims, ["dates", field, "claims"]);
  }
  for (const field of INVOLVEMENT_FIELDS)
    for (const [i, involvement] of incident[field].entries())
      yield* involvementReferences(involvement, [field, i]);
  for (const [i, marking] of incident.markings.entries())
    yield* listOf("claim", marking.claims, ["markings", i, "claims"]);
  for (const [i, entry] of incident.timeline.entries()) {
    if (entry.inferred !== undefined)
      yield* basisReferences(entry.inferred, ["timeline", i, "inferred"]);
    yield* listOf("claim", entry.claims, ["timeline", i, "claims"]);
  }
  for (const [i, impact] of incident.impacts.entries()) {
    yield* listOf("actor", impact.parties, ["impacts", i, "parties"]);
    yield* listOf("claim", impact.claims, ["impacts", i, "claims"]);
  }
  for (const [i, related] of incident.related.entries())
    yield { target: "incident", id: related.incident, path: ["related", i, "incident"] };
}

/** Every id a record names, with the path to it, in the order the fields are written. */
export function referencesOf(entry: RecordEntry): Generator<Reference> {
  switch (entry.kind) {
    case "claim":
      return claimReferences(entry.record);
    case "source":
      return sourceReferences(entry.record);
    case "actor":
      return actorReferences(entry.record);
    case "incident":
      return incidentReferences(entry.record);
  }
}

/** A test of one referenced id; returning false stops the walk. */
export type ReferenceTest = (target: RecordKind, id: string) => boolean;

function everyId(target: RecordKind, ids: readonly string[], test: ReferenceTest): boolean {
  for (const id of ids) if (!test(target, id)) return false;
  return true;
}

function everyBasis(basis: DateBasis, test: ReferenceTest): boolean {
  return (basis.in === undefined || test("source", basis.in)) && test("source", basis.anchor);
}

function everyAnonymous(anonymous: AnonymousSource, test: ReferenceTest): boolean {
  return anonymous.relayedBy === undefined || test("actor", anonymous.relayedBy);
}

function everyClaimReference(claim: Claim, test: ReferenceTest): boolean {
  if (!everyId("incident", claim.incidents, test)) return false;
  const { claimant } = claim;
  if (claimant.kind === "actor") {
    if (!test("actor", claimant.actor)) return false;
  } else if (claimant.kind === "source-author") {
    if (!test("source", claimant.source)) return false;
  } else if (!everyAnonymous(claimant.anonymous, test)) return false;
  for (const appearance of claim.appearances) {
    if (!test("source", appearance.source)) return false;
    if (!everyId("source", appearance.via, test)) return false;
  }
  if (claim.concernsInferred !== undefined && !everyBasis(claim.concernsInferred, test))
    return false;
  for (const relation of claim.relations) if (!test("claim", relation.claim)) return false;
  return true;
}

function everySourceReference(source: Source, test: ReferenceTest): boolean {
  if (source.publisher !== undefined && !test("actor", source.publisher)) return false;
  if (!everyId("actor", source.authors, test)) return false;
  if (source.publishedInferred !== undefined && !everyBasis(source.publishedInferred, test))
    return false;
  for (const citation of source.cites) if (!test("source", citation.source)) return false;
  return true;
}

function everyActorReference(actor: Actor, test: ReferenceTest): boolean {
  if (!everyId("actor", actor.members, test)) return false;
  for (const position of actor.positions) {
    if (position.organisation !== undefined && !test("actor", position.organisation)) return false;
    if (!everyId("claim", position.claims, test)) return false;
  }
  for (const affiliation of actor.affiliations) if (!test("actor", affiliation.actor)) return false;
  return true;
}

function everyIncidentReference(incident: Incident, test: ReferenceTest): boolean {
  for (const sentence of incident.summaryBasis)
    if (!everyId("claim", sentence.claims, test)) return false;
  for (const field of INCIDENT_DATE_FIELDS) {
    const fact = incident.dates[field];
    if (fact?.inferred !== undefined && !everyBasis(fact.inferred, test)) return false;
    if (fact !== undefined && !everyId("claim", fact.claims, test)) return false;
  }
  for (const field of INVOLVEMENT_FIELDS)
    for (const involvement of incident[field]) {
      if ("actor" in involvement) {
        if (!test("actor", involvement.actor)) return false;
      } else if (!everyAnonymous(involvement.anonymous, test)) return false;
      if (!everyId("claim", involvement.claims, test)) return false;
    }
  for (const marking of incident.markings)
    if (!everyId("claim", marking.claims, test)) return false;
  for (const entry of incident.timeline) {
    if (entry.inferred !== undefined && !everyBasis(entry.inferred, test)) return false;
    if (!everyId("claim", entry.claims, test)) return false;
  }
  for (const impact of incident.impacts) {
    if (!everyId("actor", impact.parties, test)) return false;
    if (!everyId("claim", impact.claims, test)) return false;
  }
  for (const related of incident.related) if (!test("incident", related.incident)) return false;
  return true;
}

/**
 * True when `test` holds for every id the record names (the ids of `referencesOf`, in its
 * order). Builds no paths: rules use it to pass over the many sound records quickly, and
 * walk `referencesOf` only for a record that fails.
 */
export function everyReference(entry: RecordEntry, test: ReferenceTest): boolean {
  switch (entry.kind) {
    case "claim":
      return everyClaimReference(entry.record, test);
    case "source":
      return everySourceReference(entry.record, test);
    case "actor":
      return everyActorReference(entry.record, test);
    case "incident":
      return everyIncidentReference(entry.record, test);
  }
}

/** The claims an incident rests on: its basis lists, wherever they are. */
export function* incidentBasis(incident: Incident): Generator<Reference> {
  for (const reference of incidentReferences(incident))
    if (reference.target === "claim") yield reference;
}
