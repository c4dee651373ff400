import os from "node:os";

export const UNITS = ["s", "ms", "MiB", "kB", "x", "screens", "pages"] as const;
export type Unit = (typeof UNITS)[number];

export interface Metric {
  readonly value: number;
  readonly unit: Unit;
}

/** The groups of measurements that `pnpm bench --only` names. */
export const GROUPS = ["validate", "site", "search", "packages", "property"] as const;
export type Group = (typeof GROUPS)[number];

/** The group that measures a metric, by its name; undefined for a name no group makes. */
export function groupOf(name: string): Group | undefined {
  if (/^(parse_floor|yaml_floor|validate|revalidate)_/.test(name)) return "validate";
  if (/^(site_build|dossier|bare_page_js)_/.test(name)) return "site";
  if (/^(site_postbuild|pagefind_index|search)_/.test(name)) return "search";
  if (/^package_/.test(name)) return "packages";
  if (/^property_/.test(name)) return "property";
  return undefined;
}

/** The run a figure was measured in, where it is not the run of the file. */
export interface EarlierRun {
  readonly date: string;
  readonly commit: string;
}

/** The long run of the corpus package's property test (a full run only). */
export interface PropertyRun {
  readonly passed: boolean;
  /** LEAKS_PROPERTY_RUNS, the runs asked of each property. */
  readonly runs: number;
  readonly durationS: number;
  readonly command: string;
  /** Why it failed, or vitest's count of tests ("Tests 3 passed (3)"). */
  readonly detail: string;
  readonly date: string;
  readonly commit: string;
}

/** The figures of one run of the harness: `bench/results.json`. */
export interface Results {
  readonly node: string;
  readonly cpus: number;
  readonly metrics: Record<string, Metric>;
  /** Everything below is context for a reader; `metrics` is the contract. */
  readonly quick: boolean;
  readonly date: string;
  /** The commit measured, and whether the packages measured had changes not committed. */
  readonly commit: string;
  /** How long the run took, where it ran every group. */
  readonly durationMinutes?: number;
  readonly machine: {
    readonly cpuModel: string;
    readonly memoryGib: number;
    readonly loadAverage: readonly number[];
  };
  readonly memoryMethod: string;
  readonly corpora: Record<
    string,
    {
      incidents: number;
      claims: number;
      sources: number;
      actors: number;
      snapshots: number;
      yamlMiB: number;
    }
  >;
  /** Site builds: pages exported and Next's phases (seconds) of the last build at each size. */
  readonly sites: Record<string, { pages: number; phases: Record<string, number> }>;
  /** The runs behind each metric, for the spread. */
  readonly samples: Record<string, readonly number[]>;
  /** Why a metric is missing, where it is. */
  readonly missing: Record<string, string>;
  /**
   * The figures kept from an earlier run by a partial run (`--only`), which did not measure
   * their group, with that run's date and commit.
   */
  readonly earlier?: Record<string, EarlierRun>;
  readonly property?: PropertyRun;
}

export interface MetricSpec {
  readonly name: string;
  readonly unit: Unit;
  /** A difference of two timings: noise on a loaded machine can make a small one negative. */
  readonly signed?: boolean;
  readonly title: string;
  /** The target as a reader sees it, and a check of a value against it. */
  readonly target?: {
    readonly text: string;
    readonly holds: (value: number, all: Record<string, Metric>) => boolean | undefined;
  };
}

const atMost = (limit: number, unit: string) => ({
  text: `<= ${limit} ${unit}`,
  holds: (value: number) => value <= limit,
});

/** The metrics the harness reports, in the order of the table. */
export const METRICS: readonly MetricSpec[] = [
  {
    name: "parse_floor_10k_s",
    unit: "s",
    title: "read + JSON.parse, 10k incidents as JSON (the floor)",
  },
  { name: "validate_1k_s", unit: "s", title: "`leaks validate`, 1k incidents" },
  {
    name: "validate_10k_peer_s",
    unit: "s",
    title: "the peer: js-yaml + ajv against the JSON Schemas, one thread, 10k incidents",
  },
  {
    name: "validate_10k_s",
    unit: "s",
    title: "`leaks validate`, 10k incidents",
    target: atMost(8, "s"),
  },
  {
    name: "validate_10k_x_floor",
    unit: "x",
    title: "validate 10k / parse floor",
    target: atMost(3, "x"),
  },
  {
    name: "validate_10k_x_peer",
    unit: "x",
    title: "validate 10k / the peer (more checks, no more time)",
    target: atMost(1, "x"),
  },
  {
    name: "validate_10k_peak_mib",
    unit: "MiB",
    title: "peak RSS of validate 10k",
    target: atMost(600, "MiB"),
  },
  {
    name: "revalidate_one_change_10k_s",
    unit: "s",
    title:
      "validate 10k again after one free-text edit (the slower of a claim's notes and statement)",
    target: atMost(1, "s"),
  },
  {
    name: "revalidate_rule_visible_change_10k_s",
    unit: "s",
    title: "validate 10k again after one edit the corpus rules read (a claim's standing)",
  },
  {
    name: "revalidate_rule_visible_x_cold",
    unit: "x",
    title: "that re-validation / cold validate 10k of the same run",
    target: atMost(0.2, "x"),
  },
  {
    name: "site_build_ms_per_page",
    unit: "ms",
    signed: true,
    title: "static export, (build@1000 - build@100) / 900",
    target: atMost(25, "ms"),
  },
  {
    name: "dossier_js_kb_gzip",
    unit: "kB",
    title: "first-load JS of a dossier page, gzip",
    target: {
      text: "<= 1.1 x bare page",
      holds: (value, all) => {
        const bare = all.bare_page_js_kb_gzip?.value;
        return bare === undefined ? undefined : value <= 1.1 * bare;
      },
    },
  },
  {
    name: "bare_page_js_kb_gzip",
    unit: "kB",
    title: "first-load JS of the bare page (the floor), gzip",
  },
  {
    name: "dossier_html_kb",
    unit: "kB",
    title: "HTML of the largest dossier (Oval Office), as published",
    target: atMost(300, "kB"),
  },
  {
    name: "dossier_screens_1280",
    unit: "screens",
    title: "height of that dossier at 1280x800, evidence closed, in screens",
    target: atMost(15, "screens"),
  },
  {
    name: "dossier_print_pages",
    unit: "pages",
    title: "that dossier printed from Chromium, evidence open, A4 pages",
    target: atMost(20, "pages"),
  },
  {
    name: "search_query_ms",
    unit: "ms",
    title: "pagefind query in Chromium, 1k-incident site",
    target: atMost(50, "ms"),
  },
  {
    name: "package_import_data_ms",
    unit: "ms",
    title: "a process importing `@leaks/corpus` (the data entry), installed by npm",
  },
  {
    name: "package_import_json_ms",
    unit: "ms",
    title: "a process parsing its corpus.json with `JSON.parse` (the floor)",
  },
  {
    name: "package_import_x_json",
    unit: "x",
    title: "importing the data entry / parsing corpus.json",
    target: atMost(1.3, "x"),
  },
  {
    name: "package_claim_bundle_kb",
    unit: "kB",
    title: "esbuild bundle of `import { Claim }` from @leaks/schema, minified (zod external)",
  },
  {
    name: "package_claim_bundle_kb_gzip",
    unit: "kB",
    title: "the same, gzip",
  },
  {
    name: "package_whole_bundle_kb",
    unit: "kB",
    title: "esbuild bundle of the whole of @leaks/schema, minified (zod external)",
  },
  {
    name: "package_claim_bundle_x_whole",
    unit: "x",
    title: "`import { Claim }` bundle / whole-package bundle (zod external)",
    target: atMost(0.5, "x"),
  },
  {
    name: "package_claim_bundle_with_zod_kb",
    unit: "kB",
    title: "`import { Claim }` bundle with zod bundled in, minified",
  },
  {
    name: "package_whole_bundle_with_zod_kb",
    unit: "kB",
    title: "whole-package bundle with zod bundled in, minified",
  },
  {
    name: "package_corpus_tarball_kb",
    unit: "kB",
    title: "packed @leaks/corpus tarball",
    target: atMost(227, "kB (40% of the 567 kB of 2026-11)"),
  },
  {
    name: "package_schema_tarball_kb",
    unit: "kB",
    title: "packed @leaks/schema tarball",
  },
];

/** Problems with the shape of a results file; empty when it is well formed and complete. */
export function checkResultsShape(data: unknown): string[] {
  const errors: string[] = [];
  if (data === null || typeof data !== "object") return ["not an object"];
  const results = data as Record<string, unknown>;
  if (typeof results.node !== "string" || !/^v\d+\.\d+\.\d+/.test(results.node))
    errors.push("node: expected a version such as v20.20.2");
  if (typeof results.cpus !== "number" || !Number.isInteger(results.cpus) || results.cpus < 1)
    errors.push("cpus: expected a positive integer");
  const metrics = results.metrics;
  if (metrics === null || typeof metrics !== "object")
    return [...errors, "metrics: expected an object"];
  for (const spec of METRICS) {
    const metric = (metrics as Record<string, unknown>)[spec.name];
    if (metric === undefined) {
      errors.push(`metrics.${spec.name}: missing`);
      continue;
    }
    const { value, unit } = metric as Record<string, unknown>;
    if (typeof value !== "number" || !Number.isFinite(value))
      errors.push(`metrics.${spec.name}.value: expected a finite number`);
    else if (value < 0 && spec.signed !== true)
      errors.push(`metrics.${spec.name}.value: expected a finite number >= 0`);
    if (unit !== spec.unit)
      errors.push(
        `metrics.${spec.name}.unit: expected "${spec.unit}", got ${JSON.stringify(unit)}`,
      );
  }
  for (const [name, metric] of Object.entries(metrics)) {
    const unit = (metric as Record<string, unknown> | null)?.unit;
    if (!UNITS.includes(unit as Unit))
      errors.push(`metrics.${name}.unit: not one of ${UNITS.join(", ")}`);
  }
  const earlier = results.earlier;
  if (earlier !== undefined)
    for (const [name, run] of Object.entries(earlier as Record<string, unknown>)) {
      const { date, commit } = (run ?? {}) as Record<string, unknown>;
      if (!Object.hasOwn(metrics, name))
        errors.push(`earlier.${name}: marks a figure that is not in metrics`);
      if (typeof date !== "string" || typeof commit !== "string")
        errors.push(`earlier.${name}: expected the date and commit of the run`);
    }
  return errors;
}

/**
 * What a partial run keeps of the results file it replaces: every figure of a group it does not
 * measure (with its runs and any reason it is missing), marked with the run that measured it, an
 * earlier mark kept as it was. The figures of the groups it measures go: what it does not
 * measure again of those is missing, not left over from another run.
 */
export function keptFromEarlier(
  previous: Results,
  measured: ReadonlySet<Group>,
): Pick<Results, "metrics" | "samples" | "missing"> & {
  readonly earlier: Record<string, EarlierRun>;
} {
  const kept = (name: string) => {
    const group = groupOf(name);
    return group === undefined || !measured.has(group);
  };
  const metrics: Record<string, Metric> = {};
  const samples: Record<string, readonly number[]> = {};
  const missing: Record<string, string> = {};
  const earlier: Record<string, EarlierRun> = {};
  for (const [name, metric] of Object.entries(previous.metrics)) {
    if (!kept(name)) continue;
    metrics[name] = metric;
    const runs = previous.samples?.[name];
    if (runs !== undefined) samples[name] = runs;
    earlier[name] = previous.earlier?.[name] ?? { date: previous.date, commit: previous.commit };
  }
  for (const [name, reason] of Object.entries(previous.missing ?? {}))
    if (kept(name)) missing[name] = reason;
  return { metrics, samples, missing, earlier };
}

export function machine(): Results["machine"] {
  return {
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGib: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
  };
}

/** CPUs this process may use (a container's quota, not the host's count). */
export function cpuCount(): number {
  return typeof os.availableParallelism === "function"
    ? os.availableParallelism()
    : os.cpus().length;
}
