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
export interface ClaimsByStanding<C = Claim> {
  readonly established: readonly C[];
  readonly reported: readonly C[];
  readonly contested: readonly C[];
  readonly denied: readonly C[];
  readonly opinion: readonly C[];
}

/** What the grouping reads of a claim. */
export type GroupedClaim = Pick<Claim, "nature" | "standing">;

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
export function standingGroupOf(claim: GroupedClaim): StandingGroup {
  return VIEWS.has(claim.nature) ? "opinion" : GROUP_OF_STANDING[claim.standing];
}

/** Claims sorted into standing groups, each in the order given. */
export function groupByStanding<C extends GroupedClaim>(claims: readonly C[]): ClaimsByStanding<C> {
  const groups: Record<StandingGroup, C[]> = {
    established: [],
    reported: [],
    contested: [],
    denied: [],
    opinion: [],
  };
  for (const claim of claims) groups[standingGroupOf(claim)].push(claim);
  return groups;
}
