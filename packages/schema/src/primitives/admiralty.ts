import * as z from "zod";
import { CalendarDate } from "./partial-date.js";
import { Line, Prose } from "./text.js";

/** Admiralty (NATO STANAG 2511) source reliability: A completely reliable ... F cannot be judged. */
export const RELIABILITY_GRADES = {
  A: "completely reliable",
  B: "usually reliable",
  C: "fairly reliable",
  D: "not usually reliable",
  E: "unreliable",
  F: "reliability cannot be judged",
} as const;

/** Admiralty information credibility: 1 confirmed by other sources ... 6 truth cannot be judged. */
export const CREDIBILITY_GRADES = {
  1: "confirmed by other sources",
  2: "probably true",
  3: "possibly true",
  4: "doubtful",
  5: "improbable",
  6: "truth cannot be judged",
} as const;

const gradeMeta = {
  gradedBy: Line.describe("Who assigned the grade: a maintainer's handle or the editorial team."),
  gradedOn: CalendarDate.describe("The day the grade was assigned, YYYY-MM-DD."),
  rationale: Prose.describe(
    "Why this grade: the track record, access and corroboration considered.",
  ),
};

export const ReliabilityGrade = z
  .strictObject({
    grade: z
      .enum(["A", "B", "C", "D", "E", "F"])
      .describe(
        "A completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F cannot be judged.",
      ),
    ...gradeMeta,
  })
  .describe("A source's reliability on the Admiralty scale, with who graded it, when and why.");
/** A source's reliability on the Admiralty scale, with who graded it, when and why. */
export interface ReliabilityGrade extends z.output<typeof ReliabilityGrade> {
  /**
   * A completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E
   * unreliable, F cannot be judged.
   */
  grade: z.output<typeof ReliabilityGrade>["grade"];
  /** Who assigned the grade: a maintainer's handle or the editorial team. */
  gradedBy: z.output<typeof ReliabilityGrade>["gradedBy"];
  /** The day the grade was assigned, YYYY-MM-DD. */
  gradedOn: z.output<typeof ReliabilityGrade>["gradedOn"];
  /** Why this grade: the track record, access and corroboration considered. */
  rationale: z.output<typeof ReliabilityGrade>["rationale"];
}

export const CredibilityGrade = z
  .strictObject({
    grade: z
      .literal([1, 2, 3, 4, 5, 6])
      .describe(
        "1 confirmed by other sources, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged.",
      ),
    ...gradeMeta,
  })
  .describe("A claim's credibility on the Admiralty scale, with who graded it, when and why.");
/** A claim's credibility on the Admiralty scale, with who graded it, when and why. */
export interface CredibilityGrade extends z.output<typeof CredibilityGrade> {
  /**
   * 1 confirmed by other sources, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6
   * cannot be judged.
   */
  grade: z.output<typeof CredibilityGrade>["grade"];
  /** Who assigned the grade: a maintainer's handle or the editorial team. */
  gradedBy: z.output<typeof CredibilityGrade>["gradedBy"];
  /** The day the grade was assigned, YYYY-MM-DD. */
  gradedOn: z.output<typeof CredibilityGrade>["gradedOn"];
  /** Why this grade: the track record, access and corroboration considered. */
  rationale: z.output<typeof CredibilityGrade>["rationale"];
}
