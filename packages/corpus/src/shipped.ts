/**
 * The types of the shipped data: the schema's records made read-only all the way down (the
 * data is frozen at run time), with their ids narrowed to the ids the data holds.
 */
import type * as schema from "@leaks/schema";
import type { ClaimsByStanding as Groups } from "./claim-groups.js";
import type * as view from "./corpus-view.js";
import type { CorpusView } from "./corpus-view.js";
import type { ActorId, ClaimId, IncidentId, SourceId } from "./generated/ids.js";
import type * as relay from "./relay-chain.js";

export type { ActorId, ClaimId, IncidentId, SourceId } from "./generated/ids.js";

/** `T` with every property and array read-only, however deep (a mutable array is a readonly one). */
export type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** A shipped incident: validated, defaults filled in, frozen. */
export interface Incident extends DeepReadonly<schema.Incident> {
  /** The incident's id, which is also its permalink slug. */
  readonly id: IncidentId;
}
/** A shipped claim: one assertion, attributed to who made it, with where it appears. */
export interface Claim extends DeepReadonly<schema.Claim> {
  readonly id: ClaimId;
}
/** A shipped actor: a state, body, alliance, outlet or person named in the data. */
export interface Actor extends DeepReadonly<schema.Actor> {
  readonly id: ActorId;
}
/** A shipped source: a publication or document claims appear in, with its archived text. */
export interface Source extends DeepReadonly<schema.Source> {
  readonly id: SourceId;
}
/** One impact of an incident on a relationship, as shipped. */
export type Impact = DeepReadonly<schema.Impact>;

/** What the data is: its version, licence, the day it last changed and how many records. */
export interface DataMeta {
  /** The version of `@leaks/corpus` the data shipped in (semver: see the README). */
  readonly version: string;
  /** The SPDX licence of the data. */
  readonly license: string;
  /**
   * The day (YYYY-MM-DD) of the last commit that changed the data or its archived texts;
   * absent when the package was built outside a git checkout.
   */
  readonly updated?: string;
  readonly counts: {
    readonly incidents: number;
    readonly claims: number;
    readonly actors: number;
    readonly sources: number;
  };
}

/** The ids of every record, by kind, in the order of the exported lists. */
export interface DataIds {
  readonly incidents: readonly IncidentId[];
  readonly claims: readonly ClaimId[];
  readonly actors: readonly ActorId[];
  readonly sources: readonly SourceId[];
}

/** The id type of each record kind. */
export interface IdOfKind {
  readonly incident: IncidentId;
  readonly claim: ClaimId;
  readonly actor: ActorId;
  readonly source: SourceId;
}

/** A redirect as shipped: an old id of a renamed or merged record, and where it leads. */
export interface Redirect extends DeepReadonly<schema.Redirect> {}

/**
 * The id a record of `kind` has now, as the shipped id type: a live id is itself, an old id
 * (of a renamed or merged record) the id it was redirected to, any other id undefined.
 */
export type ResolveId = <K extends schema.RecordKind>(
  kind: K,
  id: string,
) => IdOfKind[K] | undefined;

/** Types as shipped: the schema's records become the shipped ones, everything read-only. */
export type Shipped<T> = T extends schema.Incident
  ? Incident
  : T extends schema.Claim
    ? Claim
    : T extends schema.Actor
      ? Actor
      : T extends schema.Source
        ? Source
        : T extends readonly (infer U)[]
          ? readonly Shipped<U>[]
          : T extends ReadonlyMap<infer K, infer V>
            ? ReadonlyMap<K, Shipped<V>>
            : T extends object
              ? { readonly [K in keyof T]: Shipped<T[K]> }
              : T;

/** An incident's shipped claims grouped by standing (see `groupByStanding`). */
export type ClaimsByStanding = Groups<Claim>;
/** One appearance of a claim: its source and the chain of sources back to the origin. */
export interface RelayChain extends Shipped<relay.RelayChain> {}
/** One step back along a claim's chain. */
export interface RelayStep extends Shipped<relay.RelayStep> {}
/** The impacts of every incident on one relationship. */
export interface RelationshipImpacts extends Shipped<view.RelationshipImpacts> {}
/** A source that draws on another, and how. */
export interface CitingSource extends Shipped<view.CitingSource> {}
/** Where a claim comes from (see `provenance`). */
export interface ClaimProvenance extends Shipped<schema.ClaimProvenance> {}

/** The kind of id each query helper takes first. */
interface QueryIds {
  getIncident: IncidentId;
  getClaim: ClaimId;
  getActor: ActorId;
  getSource: SourceId;
  claimsOfIncident: IncidentId;
  claimsByStanding: IncidentId;
  relayChain: ClaimId;
  provenance: ClaimId;
  incidentsOfActor: ActorId;
  actorsOfIncident: IncidentId;
  sourcesOfIncident: IncidentId;
  claimsInSource: SourceId;
  claimsByClaimant: CorpusView["claimsByClaimant"] extends (query: infer Q) => unknown ? Q : never;
  claimsMentioningActor: ActorId;
  claimsOfRelationship: readonly ActorId[] | string;
  citedBy: SourceId;
  independentOrigins: ClaimId;
  impactsByRelationship: never;
}

/** The shipped form of what a helper returns, by its name where it has one. */
type Returned<R> = R extends undefined
  ? undefined
  : R extends Groups
    ? ClaimsByStanding
    : R extends readonly relay.RelayChain[]
      ? readonly RelayChain[]
      : R extends readonly view.CitingSource[]
        ? readonly CitingSource[]
        : R extends ReadonlyMap<string, view.RelationshipImpacts>
          ? ReadonlyMap<string, RelationshipImpacts>
          : R extends schema.ClaimProvenance
            ? ClaimProvenance
            : Shipped<R>;

/** The parameters with the first narrowed to `Id`; a mapped tuple keeps their names. */
type WithId<P extends readonly unknown[], Id> = { [K in keyof P]: K extends "0" ? Id : P[K] };

type Narrowed<F, Id> = F extends (...args: infer P) => infer R
  ? (...args: WithId<P, Id>) => Returned<R>
  : never;

/**
 * The query helpers over the shipped data (documented on `CorpusView`), taking the ids the
 * data holds: `getIncident("no-such-id")` does not compile.
 */
export type ShippedQueries = {
  readonly [K in keyof Pick<CorpusView, keyof QueryIds>]: Narrowed<CorpusView[K], QueryIds[K]>;
};
