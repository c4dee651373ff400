import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { format } from "../src/report.js";
import { checkResultsShape, METRICS, type Metric, type Results } from "../src/results.js";

function complete(): Record<string, unknown> {
  return {
    node: "v20.20.2",
    cpus: 2,
    metrics: Object.fromEntries(
      METRICS.map((spec) => [spec.name, { value: 1.5, unit: spec.unit }]),
    ),
  };
}

describe("the results file shape", () => {
  it("accepts a complete file, with extra figures in known units", () => {
    const results = complete();
    (results.metrics as Record<string, unknown>).validate_10k_cpu_s = { value: 3, unit: "s" };
    expect(checkResultsShape(results)).toEqual([]);
  });

  it("names each missing metric, wrong unit and bad value", () => {
    const results = complete();
    const metrics = results.metrics as Record<string, unknown>;
    delete metrics.search_query_ms;
    metrics.validate_10k_s = { value: 4, unit: "ms" };
    metrics.validate_10k_peak_mib = { value: Number.NaN, unit: "MiB" };
    metrics.validate_1k_s = { value: -1, unit: "s" };
    // A difference of two build times may come out negative on a loaded machine.
    metrics.site_build_ms_per_page = { value: -0.4, unit: "ms" };
    metrics.extra = { value: 1, unit: "furlongs" };
    expect(checkResultsShape(results)).toEqual([
      "metrics.validate_1k_s.value: expected a finite number >= 0",
      'metrics.validate_10k_s.unit: expected "s", got "ms"',
      "metrics.validate_10k_peak_mib.value: expected a finite number",
      "metrics.search_query_ms: missing",
      "metrics.extra.unit: not one of s, ms, MiB, kB, x, screens, pages",
    ]);
  });

  it("wants the node version and the CPU count", () => {
    expect(checkResultsShape({ ...complete(), node: "20", cpus: 0 })).toEqual([
      "node: expected a version such as v20.20.2",
      "cpus: expected a positive integer",
    ]);
  });
});

/**
 * Metrics added to the bench after the committed run, which say so in its `missing`. A full run
 * (or `--only validate`) measures them; then this list must be emptied, or the test fails.
 */
const NOT_YET_MEASURED: readonly string[] = [
  "dossier_js_kb_gzip",
  "bare_page_js_kb_gzip",
  "dossier_html_kb",
  "dossier_screens_1280",
  "dossier_print_pages",
];

describe("the results committed with the repository", () => {
  const results = JSON.parse(
    readFileSync(new URL("../results.json", import.meta.url), "utf8"),
  ) as Results;
  const markdown = readFileSync(new URL("../../BENCHMARKS.md", import.meta.url), "utf8");

  it("bench/results.json is a full run with every metric but those added since", () => {
    expect(checkResultsShape(results)).toEqual(
      NOT_YET_MEASURED.map((name) => `metrics.${name}: missing`),
    );
    expect(Object.keys(results.missing).sort()).toEqual([...NOT_YET_MEASURED].sort());
    expect(results.quick).toBe(false);
  });

  it("BENCHMARKS.md shows each figure of results.json, as rendered from it", () => {
    // A row per metric of the table, with the median as `pnpm bench` rendered it.
    for (const spec of METRICS) {
      const metric = results.metrics[spec.name] as Metric | undefined;
      const row = markdown.split("\n").find((line) => line.startsWith(`| \`${spec.name}\``));
      expect(row, spec.name).toContain(
        metric === undefined
          ? `| missing: ${results.missing[spec.name]} |`
          : `| ${format(metric.value, spec.unit)} |`,
      );
    }
    // The other figures of the run, listed under the table.
    for (const [name, metric] of Object.entries(results.metrics))
      if (!METRICS.some((spec) => spec.name === name))
        expect(markdown, name).toContain(`- \`${name}\`: ${format(metric.value, metric.unit)}`);
    expect(markdown).toContain(`at commit ${results.commit}`);
  });
});
