import { formatPath, type Problem, visibleText } from "@leaks/schema";
import { PROBLEM_CATALOGUE } from "../../problem-catalogue.js";
import { jsonText } from "./json-text.js";
import type { ValidationReport } from "./report.js";

/** A Windows drive, which a file URI keeps as it is: `C:/`. */
const DRIVE = /^[A-Za-z]:\//;

/**
 * A file as SARIF's `artifactLocation.uri`, a URI reference (RFC 3986): each segment of the path
 * percent-encoded as UTF-8 (a space, `#`, `%`, `?`, `:`, a non-ASCII letter or a control
 * character alike), relative as the file is shown, or a `file:` URI for an absolute path. A lone
 * surrogate, which has no UTF-8, is encoded as U+FFFD.
 */
export function artifactUri(file: string): string {
  const encode = (path: string) =>
    path
      .replace(/\p{Cs}/gu, "\uFFFD")
      .split("/")
      .map(encodeURIComponent)
      .join("/");
  const drive = DRIVE.exec(file)?.[0];
  if (drive !== undefined) return `file:///${drive}${encode(file.slice(drive.length))}`;
  return file.startsWith("/") ? `file://${encode(file)}` : encode(file);
}

/**
 * SARIF 2.1.0 (OASIS), as GitHub code scanning and editors read it. Viewers render the message
 * text, so it is shown through `visibleText`, as the text format shows it.
 */
export function formatSarif(report: ValidationReport, options: { version: string }): string {
  const rules = PROBLEM_CATALOGUE.map((info) => ({
    id: info.code,
    shortDescription: { text: info.description },
    defaultConfiguration: { level: info.severity },
    properties: { origin: info.origin },
  }));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const result = (problem: Problem<string>) => {
    const path = formatPath(problem.path);
    const index = ruleIndex.get(problem.code);
    return {
      ruleId: problem.code,
      ...(index === undefined ? {} : { ruleIndex: index }),
      level: problem.severity,
      message: {
        text: visibleText(
          `${path === "" ? "" : `${path}: `}${problem.message}${problem.hint === "" ? "" : ` → ${problem.hint}`}`,
        ),
      },
      ...(problem.file === undefined
        ? {}
        : {
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: artifactUri(problem.file) },
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
  return jsonText(log);
}
