import type { Random } from "./random.js";

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar day. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** `YYYY-MM-DD` of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A partial date that covers the given day: the day itself, its month, its month marked
 * approximate, or a short range around it. Covering the day keeps generated dates in the
 * order of their days whatever precision each is written at.
 */
export function partialDateCovering(random: Random, day: number, precise = 0.6): string {
  const iso = isoDay(day);
  const roll = random.float();
  if (roll < precise) return iso;
  if (roll < precise + (1 - precise) * 0.6) return iso.slice(0, 7);
  if (roll < precise + (1 - precise) * 0.85) return `${iso.slice(0, 7)}~`;
  return `${isoDay(day - random.int(1, 3))}/${isoDay(day + random.int(0, 3))}`;
}
