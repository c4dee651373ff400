import { standingGroupOf } from "@leaks/corpus";
import type { AnonymousSource, ChainNode, Claim } from "@leaks/schema";
import type { DateView } from "../dates";
import {
  admiraltyPair,
  CLAIM_NATURE_LABELS,
  CLAIM_RELATION_LABELS,
  CLAIM_STANDING_LABELS,
  CLAIM_STANDING_MEANINGS,
  countryName,
} from "../labels";
import type { AppearanceView, ChainNodeView, ClaimantView, ClaimView } from "../views";
import {
  actorRef,
  claimHref,
  claimRef,
  credibilityView,
  incidentRef,
  optionalDate,
  relayPathView,
  shortName,
  sourceRef,
} from "./refs";
import { index, must, reverse } from "./store";

function countLabel(count: AnonymousSource["count"]): string | undefined {
  if (count === "unknown") return undefined;
  if (count === "several") return "several people";
  return count === 1 ? "one person" : `${count} people`;
}

/** "a current and a former American official (unnamed; 2 people; US officials)". */
export function spellOutAnonymous(anonymous: AnonymousSource): string {
  const saysSo = /\b(unnamed|anonymous|unidentified)\b/i.test(anonymous.description);
  const details = [
    saysSo ? undefined : "unnamed",
    countLabel(anonymous.count),
    anonymous.affiliation,
    anonymous.country === undefined ? undefined : `serving ${countryName(anonymous.country)}`,
  ].filter((part) => part !== undefined);
  const description =
    anonymous.description.charAt(0).toUpperCase() + anonymous.description.slice(1);
  return details.length > 0 ? `${description} (${details.join("; ")})` : description;
}

function claimantView(claim: Claim): ClaimantView {
  const claimant = claim.claimant;
  switch (claimant.kind) {
    case "actor":
      return { kind: "actor", actor: actorRef(claimant.actor) };
    case "anonymous":
      return {
        kind: "anonymous",
        description: claimant.anonymous.description,
        spelledOut: spellOutAnonymous(claimant.anonymous),
        ...(claimant.anonymous.relayedBy === undefined
          ? {}
          : { relayedBy: actorRef(claimant.anonymous.relayedBy) }),
      };
    case "source-author":
      return { kind: "source-author", source: sourceRef(claimant.source) };
  }
}

interface PublishedBy {
  /** The last day on which the source had certainly been published. */
  readonly day: string;
  readonly date: DateView;
  /** Set when the day comes from a later source that draws on this undated one. */
  readonly via?: string;
}

const publishedByCache = new Map<string, PublishedBy | undefined>();

/**
 * When a source had certainly been published: its own date, or, when it has none, the
 * earliest date of a source that relays, quotes, summarises or cites it, which it precedes.
 */
function publishedBy(
  sourceId: string,
  seen: ReadonlySet<string> = new Set(),
): PublishedBy | undefined {
  if (publishedByCache.has(sourceId)) return publishedByCache.get(sourceId);
  const own = optionalDate(must(index().sources, sourceId, "source").published);
  let best: PublishedBy | undefined = own && { day: own.latest, date: own };
  if (best === undefined) {
    const path = new Set(seen).add(sourceId);
    for (const { source: citer } of reverse().citersOf.get(sourceId) ?? []) {
      if (path.has(citer.id)) continue;
      const found = publishedBy(citer.id, path);
      if (found && (best === undefined || found.day < best.day)) {
        best = { day: found.day, date: found.date, via: found.via ?? citer.id };
      }
    }
  }
  if (seen.size === 0) publishedByCache.set(sourceId, best);
  return best;
}

/**
 * The first day a source had certainly published the claim: the source it appears in, or one
 * of the sources it came to that source through (`via`), which had it before.
 */
function knownFrom(claim: Claim): PublishedBy | undefined {
  let best: PublishedBy | undefined;
  for (const appearance of claim.appearances) {
    for (const source of [appearance.source, ...appearance.via]) {
      const found = publishedBy(source);
      if (found && (best === undefined || found.day < best.day)) best = found;
    }
  }
  return best;
}

/** A link of a claim's chain as a reader names it: the people, or the outlet. */
function chainNodeView(node: ChainNode): ChainNodeView {
  if (node.kind === "claimant") {
    const claimant = node.claimant;
    if (claimant.kind === "actor") {
      const actor = actorRef(claimant.actor);
      return { kind: "claimant", id: actor.id, label: actor.name, href: actor.href };
    }
    if (claimant.kind === "anonymous")
      return { kind: "claimant", label: claimant.anonymous.description };
    const source = sourceRef(claimant.source);
    return { kind: "claimant", id: source.id, label: source.label, href: source.href };
  }
  const source = sourceRef(node.source);
  return { kind: "source", id: source.id, label: shortName(source), href: source.href };
}

const claimViews = new Map<string, ClaimView>();

export function claimView(claim: Claim): ClaimView {
  const hit = claimViews.get(claim.id);
  if (hit) return hit;
  const chains = index().view.relayChain(claim.id);
  const provenance = index().view.provenance(claim.id);
  const appearances: AppearanceView[] = claim.appearances.map((appearance, i) => {
    const source = sourceRef(appearance.source);
    const chain = chains.find((c) => c.index === i);
    const nodes = provenance?.chains.find((c) => c.appearance === i)?.nodes ?? [];
    return {
      source,
      quote: appearance.quote,
      ...(appearance.locator === undefined ? {} : { locator: appearance.locator }),
      relayPaths: (chain?.paths ?? []).map(relayPathView),
      chain: nodes.map(chainNodeView),
      admiralty: admiraltyPair(source.reliability.grade, claim.credibility.grade),
      admiraltyCode: `${source.reliability.grade}${claim.credibility.grade}`,
    };
  });
  const known = knownFrom(claim);
  const concerns = optionalDate(claim.concerns);
  const view: ClaimView = {
    id: claim.id,
    anchor: `claim-${claim.id}`,
    formerAnchors: index()
      .view.redirects.filter((redirect) => redirect.kind === "claim" && redirect.to === claim.id)
      .map((redirect) => `claim-${redirect.from}`),
    href: claimHref(claim),
    statement: claim.statement,
    nature: claim.nature,
    natureLabel: CLAIM_NATURE_LABELS[claim.nature],
    standing: claim.standing,
    standingLabel: CLAIM_STANDING_LABELS[claim.standing],
    standingMeaning: CLAIM_STANDING_MEANINGS[claim.standing],
    group: standingGroupOf(claim),
    credibility: credibilityView(claim.credibility),
    claimant: claimantView(claim),
    appearances,
    ...(known === undefined ? {} : { knownFrom: known.day, firstReported: known.date }),
    ...(known?.via === undefined ? {} : { firstReportedVia: sourceRef(known.via) }),
    ...(concerns === undefined ? {} : { concerns }),
    relations: claim.relations.map((relation) => ({
      type: relation.type,
      label: CLAIM_RELATION_LABELS[relation.type],
      ...(relation.note === undefined ? {} : { note: relation.note }),
      claim: claimRef(relation.claim),
    })),
    incidents: claim.incidents.map(incidentRef),
    independentOrigins: provenance?.independent.length ?? 0,
    origins: (provenance?.origins ?? []).map((origin) => sourceRef(origin.source)),
    ...(claim.notes === undefined ? {} : { notes: claim.notes }),
  };
  claimViews.set(claim.id, view);
  return view;
}

export function compareClaims(a: ClaimView, b: ClaimView): number {
  const ka = a.knownFrom ?? "9999";
  const kb = b.knownFrom ?? "9999";
  return ka === kb ? a.id.localeCompare(b.id) : ka < kb ? -1 : 1;
}
