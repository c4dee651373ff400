import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../src/report.js";
import {
  checkResultsShape,
  GROUPS,
  groupOf,
  keptFromEarlier,
  METRICS,
  type Results,
} from "../src/results.js";
import { ratio, slowest, summarise } from "../src/stats.js";

describe("a ratio of two measurements of the same run", () => {
  const validate = summarise([20, 22, 18, 30, 21]);
  const peer = summarise([10, 10, 9, 20, 10]);

  it("is the medians divided, with each run over its pair for the spread", () => {
    const x = ratio(validate, peer, "paired");
    expect(x.median).toBe(21 / 10);
    expect(x.samples).toEqual([2, 2.2, 2, 1.5, 2.1]);
    expect(x.min).toBe(1.5);
    expect(x.max).toBe(2.2);
  });

  it("divides each run by the other's median where the runs were not taken in pairs", () => {
    const floor = summarise([4, 5, 6]);
    const x = ratio(validate, floor, "over-median");
    expect(x.median).toBe(21 / 5);
    expect(x.samples).toEqual([4, 4.4, 3.6, 6, 4.2]);
  });

  it("refuses pairs of unequal counts and a median that is not positive", () => {
    expect(() => ratio(validate, summarise([1, 2]), "paired")).toThrow(/5 runs over 2/);
    expect(() => ratio(validate, summarise([0, 0, 0]), "over-median")).toThrow(RangeError);
  });

  it("names the slowest of several kinds of run", () => {
    const result = slowest({ notes: summarise([0.4, 0.5, 0.6]), statement: summarise([3, 2, 4]) });
    expect(result.name).toBe("statement");
    expect(result.summary.median).toBe(3);
  });
});

function results(overrides: Partial<Results>): Results {
  return {
    node: "v20.20.2",
    cpus: 2,
    metrics: {},
    quick: false,
    date: "2026-11-22",
    commit: "ed4bd82",
    machine: { cpuModel: "test", memoryGib: 24, loadAverage: [0, 0, 0] },
    memoryMethod: "gnu-time",
    corpora: {},
    sites: {},
    samples: {},
    missing: {},
    ...overrides,
  };
}

describe("a partial run (--only) and the figures of the groups it does not measure", () => {
  const previous = results({
    metrics: {
      validate_10k_s: { value: 19.9, unit: "s" },
      validate_10k_peer_s: { value: 9.1, unit: "s" },
      site_build_ms_per_page: { value: 163, unit: "ms" },
      search_query_ms: { value: 12, unit: "ms" },
      dossier_js_kb_gzip: { value: 136, unit: "kB" },
    },
    samples: {
      validate_10k_s: [19.9, 20.1],
      site_build_ms_per_page: [160, 163, 166],
      search_query_ms: [11, 12, 13],
    },
    missing: { revalidate_one_change_10k_s: "timed out", bare_page_js_kb_gzip: "no export" },
    // The search figure was itself kept by an earlier partial run: its mark stays.
    earlier: { search_query_ms: { date: "2026-11-20", commit: "288e169" } },
  });

  it("keeps the other groups' figures and runs, each marked with the run that measured it", () => {
    const kept = keptFromEarlier(previous, new Set(["validate"]));
    expect(kept.metrics).toEqual({
      site_build_ms_per_page: { value: 163, unit: "ms" },
      search_query_ms: { value: 12, unit: "ms" },
      dossier_js_kb_gzip: { value: 136, unit: "kB" },
    });
    expect(kept.samples).toEqual({
      site_build_ms_per_page: [160, 163, 166],
      search_query_ms: [11, 12, 13],
    });
    expect(kept.earlier).toEqual({
      site_build_ms_per_page: { date: "2026-11-22", commit: "ed4bd82" },
      search_query_ms: { date: "2026-11-20", commit: "288e169" },
      dossier_js_kb_gzip: { date: "2026-11-22", commit: "ed4bd82" },
    });
    // Why a figure of another group is missing is kept; the measured group's reasons go.
    expect(kept.missing).toEqual({ bare_page_js_kb_gzip: "no export" });
  });

  it("keeps nothing of the groups it measures, and everything when it measures none of them", () => {
    expect(keptFromEarlier(previous, new Set(GROUPS)).metrics).toEqual({});
    const none = keptFromEarlier(previous, new Set(["property"]));
    expect(Object.keys(none.metrics).sort()).toEqual(Object.keys(previous.metrics).sort());
    expect(none.missing).toEqual(previous.missing);
  });

  it("knows the group of every metric of the table, and of the figures beside it", () => {
    for (const spec of METRICS) expect(groupOf(spec.name), spec.name).toBeDefined();
    expect(groupOf("revalidate_statement_change_10k_s")).toBe("validate");
    expect(groupOf("validate_10k_peer_peak_mib")).toBe("validate");
    expect(groupOf("site_build_1000_s")).toBe("site");
    expect(groupOf("site_postbuild_1000_s")).toBe("search");
    expect(groupOf("pagefind_index_1000_s")).toBe("search");
    expect(groupOf("something_else")).toBeUndefined();
  });

  it("marks the kept figures in the report, in the table and in the list beside it", () => {
    const kept = keptFromEarlier(previous, new Set(["validate"]));
    const markdown = renderMarkdown({
      results: results({
        date: "2026-12-01",
        commit: "5c131b0",
        metrics: { ...kept.metrics, validate_10k_s: { value: 18.2, unit: "s" } },
        samples: kept.samples,
        missing: kept.missing,
        earlier: kept.earlier,
      }),
      methods: [],
      profiles: [],
    });
    const row = (name: string) => markdown.split("\n").find((l) => l.startsWith(`| \`${name}\``));
    expect(row("site_build_ms_per_page")).toContain("(*earlier run: 2026-11-22, ed4bd82*)");
    expect(row("search_query_ms")).toContain("(*earlier run: 2026-11-20, 288e169*)");
    expect(row("validate_10k_s")).not.toContain("earlier run");
    expect(markdown).toContain("Measured 2026-12-01 at commit 5c131b0");
    expect(markdown).toContain(
      "the figures marked *earlier run: 2026-11-22, ed4bd82*, *earlier run: 2026-11-20, 288e169* are kept",
    );
  });

  it("finds a mark for a figure the file does not hold", () => {
    const shaped = {
      ...results({ metrics: { validate_10k_s: { value: 1, unit: "s" } } }),
      earlier: { search_query_ms: { date: "2026-11-20", commit: "288e169" } },
    };
    expect(checkResultsShape(shaped)).toContain(
      "earlier.search_query_ms: marks a figure that is not in metrics",
    );
  });
});
