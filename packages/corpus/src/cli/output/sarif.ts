import { formatPath, type Problem } from "@leaks/schema";
import { PROBLEM_CATALOGUE } from "../../problem-catalogue.js";
import type { ValidationReport } from "./report.js";

/** SARIF 2.1.0 (OASIS), as GitHub code scanning and editors read it. */
export function formatSarif(report: ValidationReport, options: { version: string }): string {
  const rules = PROBLEM_CATALOGUE.map((info) => ({
    id: info.code,
    shortDescription: { text: info.description },
    defaultConfiguration: { level: info.severity },
    properties: { origin: info.origin },
  }));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const result = (problem: Problem) => {
    const path = formatPath(problem.path);
    const index = ruleIndex.get(problem.code);
    return {
      ruleId: problem.code,
      ...(index === undefined ? {} : { ruleIndex: index }),
      level: problem.severity,
      message: {
        text: `${path === "" ? "" : `${path}: `}${problem.message}${problem.hint === "" ? "" : ` → ${problem.hint}`}`,
      },
      ...(problem.file === undefined
        ? {}
        : {
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeURI(problem.file) },
                  ...(problem.line === undefined
                    ? {}
                    : {
                        region: {
                          startLine: problem.line,
                          ...(problem.column === undefined ? {} : { startColumn: problem.column }),
                        },
                      }),
                },
              },
            ],
          }),
      ...(problem.recordId === undefined
        ? {}
        : { properties: { recordKind: problem.recordKind, recordId: problem.recordId, path } }),
    };
  };
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "leaks", version: options.version, rules } },
        columnKind: "utf16CodeUnits",
        results: report.problems.map(result),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
