import type { Claim } from "@leaks/schema";

/**
 * How a dossier page sorts an incident's claims:
 * - `opinion`: opinions, speculation and reader comments, whatever their standing: views are
 *   attributed to whoever holds them and never counted as established;
 * - `established`: confirmed or corroborated;
 * - `reported`: reported or alleged, not yet corroborated;
 * - `contested`: disputed;
 * - `denied`: denied by a party, or retracted by its claimant.
 * Superseded claims stay in their group: a correction never deletes what was said.
 */
export interface ClaimsByStanding {
  readonly established: readonly Claim[];
  readonly reported: readonly Claim[];
  readonly contested: readonly Claim[];
  readonly denied: readonly Claim[];
  readonly opinion: readonly Claim[];
}

export type StandingGroup = keyof ClaimsByStanding;

const VIEWS: ReadonlySet<Claim["nature"]> = new Set(["opinion", "speculation", "reader-comment"]);

const GROUP_OF_STANDING: Readonly<Record<Claim["standing"], StandingGroup>> = {
  confirmed: "established",
  corroborated: "established",
  reported: "reported",
  alleged: "reported",
  disputed: "contested",
  denied: "denied",
  retracted: "denied",
};

/** The group a claim belongs to (see `ClaimsByStanding`). */
export function standingGroupOf(claim: Claim): StandingGroup {
  return VIEWS.has(claim.nature) ? "opinion" : GROUP_OF_STANDING[claim.standing];
}

/** Claims sorted into standing groups, each in the order given. */
export function groupByStanding(claims: readonly Claim[]): ClaimsByStanding {
  const groups: Record<StandingGroup, Claim[]> = {
    established: [],
    reported: [],
    contested: [],
    denied: [],
    opinion: [],
  };
  for (const claim of claims) groups[standingGroupOf(claim)].push(claim);
  return groups;
}
