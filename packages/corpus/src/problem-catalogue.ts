import { ALL_RULES, SCHEMA_PROBLEM_CODES, type Severity } from "@leaks/schema";
import { LOADER_PROBLEM_CODES } from "./loader/codes.js";

/** Where a problem code comes from: reading files, a record's schema, or a corpus rule. */
export type ProblemOrigin = "loader" | "schema" | "rule";

export interface ProblemCodeInfo {
  readonly code: string;
  readonly origin: ProblemOrigin;
  readonly severity: Severity;
  readonly description: string;
}

/** Every problem code `leaks validate` can report, with what it means: for docs and SARIF. */
export const PROBLEM_CATALOGUE: readonly ProblemCodeInfo[] = [
  ...Object.entries(LOADER_PROBLEM_CODES).map(([code, description]) => ({
    code,
    origin: "loader" as const,
    severity: "error" as const,
    description,
  })),
  ...Object.entries(SCHEMA_PROBLEM_CODES).map(([code, description]) => ({
    code,
    origin: "schema" as const,
    severity: "error" as const,
    description,
  })),
  ...ALL_RULES.map(({ code, severity, description }) => ({
    code,
    origin: "rule" as const,
    severity,
    description,
  })),
];
