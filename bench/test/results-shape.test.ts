import { describe, expect, it } from "vitest";
import { checkResultsShape, METRICS } from "../src/results.js";

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
      "metrics.extra.unit: not one of s, ms, MiB, kB, x",
    ]);
  });

  it("wants the node version and the CPU count", () => {
    expect(checkResultsShape({ ...complete(), node: "20", cpus: 0 })).toEqual([
      "node: expected a version such as v20.20.2",
      "cpus: expected a positive integer",
    ]);
  });
});
