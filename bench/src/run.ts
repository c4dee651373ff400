// `pnpm bench [--quick] [--only validate,site,search,packages,property] [--runs n] [--out dir]
// [--no-build] [--profile] [--report-only]`
// Runs every measurement as whole processes and writes results.json and BENCHMARKS.md. The
// property group (the corpus package's property test, run long) belongs to full runs only.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { type Corpus, ensureCorpus, siteCorpusJson } from "./corpora.js";
import { Random } from "./generate/random.js";
import { searchQueries } from "./generate/text.js";
import { copiedPackages, copyCli } from "./measure/cli-copy.js";
import { measurePackages } from "./measure/packages.js";
import { memoryMethod, runChecked, runProcess } from "./measure/process.js";
import { type ProfileSummary, summariseProfile } from "./measure/profile.js";
import { PROPERTY_RUNS, runPropertyTest } from "./measure/property.js";
import { timeSearch } from "./measure/search.js";
import {
  buildSite,
  firstLoadJs,
  indexSite,
  postbuildSite,
  type SiteBuild,
} from "./measure/site.js";
import {
  type ClaimEdit,
  FREE_TEXT_EDITS,
  measureParseFloor,
  measureRevalidate,
  measureValidate,
  measureYamlFloor,
  profileRevalidate,
  profileValidate,
  useCli,
} from "./measure/validate.js";
import { dossierWeight } from "./measure/weight.js";
import { methods } from "./methods.js";
import { BENCH_ROOT, pnpmCommand, REPO_ROOT } from "./repo.js";
import { renderMarkdown } from "./report.js";
import {
  checkResultsShape,
  cpuCount,
  type EarlierRun,
  GROUPS,
  type Group,
  keptFromEarlier,
  METRICS,
  type Metric,
  machine,
  type PropertyRun,
  type Results,
  type Unit,
} from "./results.js";
import { median, ratio, type Summary, slowest, summarise } from "./stats.js";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    only: { type: "string" },
    runs: { type: "string" },
    out: { type: "string" },
    seed: { type: "string", default: "1" },
    build: { type: "boolean", default: true },
    profile: { type: "boolean", default: false },
    "report-only": { type: "boolean", default: false },
  },
  allowNegative: true,
});

const quick = values.quick === true;
const seed = Number(values.seed);
const only = new Set<Group>(
  values.only === undefined
    ? GROUPS.filter((group) => !quick || group !== "property")
    : values.only.split(",").map((name) => {
        if (!(GROUPS as readonly string[]).includes(name))
          throw new Error(`--only takes ${GROUPS.join(", ")}`);
        return name as Group;
      }),
);
if (quick && only.has("property"))
  throw new Error("the property group runs the property test long: a full run only, not --quick");
const scale = quick
  ? { big: 60, mid: 20, siteSmall: 10, siteLarge: 30, runs: 1, siteRuns: 1, queries: 10 }
  : {
      big: 10_000,
      mid: 1_000,
      siteSmall: 100,
      siteLarge: 1_000,
      runs: 5,
      siteRuns: 3,
      queries: 100,
    };
const runs = values.runs === undefined ? scale.runs : Number(values.runs);
const siteRuns = values.runs === undefined ? scale.siteRuns : Number(values.runs);
const outDir =
  values.out === undefined ? (quick ? join(BENCH_ROOT, ".work", "quick") : BENCH_ROOT) : values.out;
const markdownFile =
  quick || values.out !== undefined
    ? join(outDir, "BENCHMARKS.md")
    : join(REPO_ROOT, "BENCHMARKS.md");
const resultsFile = join(outDir, "results.json");
const workDir = join(BENCH_ROOT, ".work");
const corporaDir = join(BENCH_ROOT, ".corpora");
const cliDir = join(BENCH_ROOT, ".cli");

const started = performance.now();
function log(line: string): void {
  process.stderr.write(
    `[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(5)} s] ${line}\n`,
  );
}

// A partial run (--only) keeps the figures of the groups it does not measure, each marked with
// the date and commit of the run that measured it; never a quick run's in a full run's file, or
// the other way round.
function readPrevious(): Results | undefined {
  if (values.only === undefined || values["report-only"] === true || !existsSync(resultsFile))
    return undefined;
  const results = JSON.parse(readFileSync(resultsFile, "utf8")) as Results;
  if (results.quick === quick) return results;
  log(
    `${resultsFile} holds a ${results.quick ? "quick" : "full"} run: this ${quick ? "quick" : "full"} run keeps none of it`,
  );
  return undefined;
}
const previous = readPrevious();
const kept =
  previous === undefined
    ? { metrics: {}, samples: {}, missing: {}, earlier: {} }
    : keptFromEarlier(previous, only);
const metrics: Record<string, Metric> = { ...kept.metrics };
const samples: Record<string, readonly number[]> = { ...kept.samples };
const missing: Record<string, string> = { ...kept.missing };
const earlier: Record<string, EarlierRun> = { ...kept.earlier };
const corpora: Results["corpora"] = { ...previous?.corpora };
const sites: Results["sites"] = { ...previous?.sites };
let property: PropertyRun | undefined = only.has("property") ? undefined : previous?.property;

function record(name: string, unit: Unit, summary: Summary | number): void {
  const value = typeof summary === "number" ? summary : summary.median;
  metrics[name] = { value: Math.round(value * 1000) / 1000, unit };
  samples[name] =
    typeof summary === "number" ? [value] : summary.samples.map((s) => Math.round(s * 1000) / 1000);
  delete missing[name];
  delete earlier[name];
}

let failures = 0;

function fail(names: readonly string[], error: unknown): void {
  failures++;
  const reason =
    error instanceof Error ? (error.message.split("\n")[0] ?? "failed") : String(error);
  log(`FAILED ${names.join(", ")}: ${error instanceof Error ? error.message : String(error)}`);
  for (const name of names) {
    delete metrics[name];
    delete samples[name];
    delete earlier[name];
    missing[name] = reason;
  }
}

function describe(corpus: Corpus): void {
  const { manifest } = corpus;
  corpora[String(manifest.incidents)] = {
    incidents: manifest.counts.incident,
    claims: manifest.counts.claim,
    sources: manifest.counts.source,
    actors: manifest.counts.actor,
    snapshots: manifest.counts.snapshot,
    yamlMiB: Math.round((manifest.bytes.yaml / 2 ** 20) * 10) / 10,
  };
}

function format(summary: Summary, unit: string): string {
  return `${summary.median.toFixed(3)} ${unit} (min ${summary.min.toFixed(3)}, max ${summary.max.toFixed(3)}, ${summary.samples.length} runs)`;
}

function commitMeasured(): string {
  const git = (args: string[]) =>
    execFileSync("git", args, { cwd: REPO_ROOT, encoding: "utf8" }).trim();
  try {
    const head = git(["rev-parse", "--short", "HEAD"]);
    const dirty = git(["status", "--porcelain", "--", "packages", "apps"]) !== "";
    return dirty ? `${head} with uncommitted changes` : head;
  } catch {
    return "unknown";
  }
}

async function buildPackages(): Promise<void> {
  const { command, prefix } = pnpmCommand();
  log("building @leaks/schema and @leaks/corpus (turbo, cached)");
  await runChecked(
    command,
    [
      ...prefix,
      "exec",
      "turbo",
      "run",
      "build",
      "--filter=@leaks/corpus",
      "--output-logs=errors-only",
    ],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
    },
  );
}

const profiles: { title: string; summary: ProfileSummary; command: string }[] = [];

const PROFILE_COMMAND = `node --cpu-prof --cpu-prof-interval 500 packages/corpus/bin/leaks.js --data /tmp/c${scale.big}/data validate`;

/** Whether a metric of this run misses its target in METRICS. */
function misses(name: string): boolean {
  const metric = metrics[name];
  const target = METRICS.find((spec) => spec.name === name)?.target;
  return metric !== undefined && target?.holds(metric.value, metrics) === false;
}

/** The free-text edit that re-validated the slower, this run (the profile re-runs that one). */
let slowerFreeText: ClaimEdit | undefined;

/** The runs profiled when they miss their target, each into .work/profile-<name>/. */
function profileTargets() {
  return [
    {
      name: "validate",
      title: `\`leaks validate\` on ${scale.big} incidents, from cold`,
      missed: () =>
        misses("validate_10k_s") || misses("validate_10k_x_floor") || misses("validate_10k_x_peer"),
      run: profileValidate,
    },
    {
      name: "revalidate",
      title: `\`leaks validate\` on ${scale.big} incidents after one claim's ${slowerFreeText ?? "notes or statement"} changed`,
      missed: () => misses("revalidate_one_change_10k_s"),
      run: (corpus: Corpus, dir: string) => profileRevalidate(corpus, dir, slowerFreeText),
    },
  ];
}

async function validateGroup(): Promise<void> {
  const big = ensureCorpus(corporaDir, scale.big, seed, log);
  const mid = ensureCorpus(corporaDir, scale.mid, seed, log);
  describe(big);
  describe(mid);
  // The ratios divide figures of this run only, never one kept from another.
  let floor: Summary | undefined;
  let cold: Summary | undefined;
  let ruleVisible: Summary | undefined;
  try {
    log(`parse floor on ${scale.big} incidents`);
    floor = await measureParseFloor(big, runs);
    log(`  ${format(floor, "s")}`);
    record("parse_floor_10k_s", "s", floor);
  } catch (error) {
    fail(["parse_floor_10k_s"], error);
  }
  try {
    log(`read + js-yaml on ${scale.big} incidents (no validation)`);
    const yamlFloor = await measureYamlFloor(big, runs);
    log(`  ${format(yamlFloor, "s")}`);
    record("yaml_floor_10k_s", "s", yamlFloor);
  } catch (error) {
    fail(["yaml_floor_10k_s"], error);
  }
  try {
    log(`leaks validate on ${scale.mid} incidents`);
    const figures = await measureValidate(mid, runs);
    log(`  ${format(figures.wallS, "s")}: ${figures.output}`);
    record("validate_1k_s", "s", figures.wallS);
    if (figures.peakMib) record("validate_1k_peak_mib", "MiB", figures.peakMib);
  } catch (error) {
    fail(["validate_1k_s"], error);
  }
  const coldNames = ["validate_10k_s", "validate_10k_x_floor", "validate_10k_peak_mib"];
  const peerNames = ["validate_10k_peer_s", "validate_10k_x_peer"];
  try {
    log(
      `leaks validate on ${scale.big} incidents, each run paired with one of the peer (js-yaml + ajv)`,
    );
    const figures = await measureValidate(big, runs, { peer: true });
    log(
      `  ${format(figures.wallS, "s")}, peak ${figures.peakMib?.median.toFixed(0)} MiB, cpu ${figures.cpuS?.median.toFixed(2)} s`,
    );
    cold = figures.wallS;
    record("validate_10k_s", "s", figures.wallS);
    if (figures.peakMib) record("validate_10k_peak_mib", "MiB", figures.peakMib);
    else fail(["validate_10k_peak_mib"], new Error("no peak memory figure"));
    if (figures.cpuS) record("validate_10k_cpu_s", "s", figures.cpuS);
    if (floor !== undefined)
      record("validate_10k_x_floor", "x", ratio(figures.wallS, floor, "over-median"));
    else fail(["validate_10k_x_floor"], new Error("no parse floor this run"));
    const peer = figures.peer;
    if (peer === undefined) throw new Error("no peer figures");
    if (peer instanceof Error) throw peer;
    log(
      `  the peer: ${format(peer.wallS, "s")}, peak ${peer.peakMib?.median.toFixed(0)} MiB: ${peer.output}`,
    );
    record("validate_10k_peer_s", "s", peer.wallS);
    if (peer.peakMib) record("validate_10k_peer_peak_mib", "MiB", peer.peakMib);
    if (peer.cpuS) record("validate_10k_peer_cpu_s", "s", peer.cpuS);
    record("validate_10k_x_peer", "x", ratio(figures.wallS, peer.wallS, "paired"));
  } catch (error) {
    fail(cold === undefined ? [...coldNames, ...peerNames] : peerNames, error);
  }
  try {
    log(
      `leaks validate on ${scale.big} incidents after one claim's ${FREE_TEXT_EDITS.join(" or ")} changed (free text), each timed alone`,
    );
    const again = await measureRevalidate(big, runs, FREE_TEXT_EDITS);
    for (const edit of FREE_TEXT_EDITS) {
      log(`  ${edit}: ${format(again[edit], "s")}`);
      record(`revalidate_${edit}_change_10k_s`, "s", again[edit]);
    }
    const worst = slowest(again);
    slowerFreeText = worst.name;
    record("revalidate_one_change_10k_s", "s", worst.summary);
  } catch (error) {
    fail(
      [
        "revalidate_one_change_10k_s",
        ...FREE_TEXT_EDITS.map((edit) => `revalidate_${edit}_change_10k_s`),
      ],
      error,
    );
  }
  try {
    log(`leaks validate on ${scale.big} incidents after one claim's standing changed`);
    ruleVisible = (await measureRevalidate(big, runs, ["standing"])).standing;
    log(`  ${format(ruleVisible, "s")}`);
    record("revalidate_rule_visible_change_10k_s", "s", ruleVisible);
    if (cold === undefined) throw new Error("no cold validation this run to divide by");
    record("revalidate_rule_visible_x_cold", "x", ratio(ruleVisible, cold, "over-median"));
  } catch (error) {
    fail(
      ruleVisible === undefined
        ? ["revalidate_rule_visible_change_10k_s", "revalidate_rule_visible_x_cold"]
        : ["revalidate_rule_visible_x_cold"],
      error,
    );
  }
  const profiled = profileTargets();
  for (const { name, title, missed, run } of profiled) {
    if (values.profile !== true && (quick || !missed())) continue;
    try {
      log(`profiling ${title} (--cpu-prof)`);
      const dir = join(workDir, `profile-${name}`);
      const files = await run(big, dir);
      profiles.push({ title, summary: summariseProfile(files), command: PROFILE_COMMAND });
      log(`  ${files.length} thread profiles in ${relative(REPO_ROOT, dir)}`);
    } catch (error) {
      log(`profile failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

interface LargeSite {
  readonly build: SiteBuild;
  readonly corpusJson: string;
}

function appCopy(incidents: number): string {
  // Two levels below the repository root, like the app itself (see copyApp).
  return join(BENCH_ROOT, `.site-${incidents}`);
}

/** The largest dossier of the shipped corpus, whose weight the budgets are set on. */
const WEIGHED_DOSSIER = "2017-oval-office-disclosure";
const WEIGHT_METRICS = [
  "dossier_js_kb_gzip",
  "bare_page_js_kb_gzip",
  "dossier_html_kb",
  "dossier_screens_1280",
  "dossier_print_pages",
];

async function siteGroup(): Promise<LargeSite | undefined> {
  const small = ensureCorpus(corporaDir, scale.siteSmall, seed, log);
  const large = ensureCorpus(corporaDir, scale.siteLarge, seed, log);
  describe(small);
  describe(large);
  const json = { small: siteCorpusJson(small), large: siteCorpusJson(large) };
  const times: Record<"small" | "large", number[]> = { small: [], large: [] };
  let site: LargeSite | undefined;
  try {
    // Alternate the sizes so that a busy spell of the machine falls on both.
    for (let i = 0; i < siteRuns; i++)
      for (const size of ["small", "large"] as const) {
        const incidents = size === "small" ? scale.siteSmall : scale.siteLarge;
        log(`next build over ${incidents} incidents (${i + 1}/${siteRuns})`);
        const build = await buildSite(json[size], appCopy(incidents), copiedPackages(cliDir));
        times[size].push(build.run.wallMs);
        sites[String(incidents)] = { pages: build.pages, phases: build.phases };
        log(
          `  ${(build.run.wallMs / 1000).toFixed(1)} s, ${build.pages} pages, peak ${build.run.peakRssMib?.toFixed(0)} MiB, ${Object.entries(
            build.phases,
          )
            .map(([phase, s]) => `${phase} ${s.toFixed(1)} s`)
            .join(", ")}`,
        );
        if (size === "large") site = { build, corpusJson: json.large };
      }
    const perPage = times.large.map(
      (t, i) => (t - (times.small[i] as number)) / (scale.siteLarge - scale.siteSmall),
    );
    record("site_build_ms_per_page", "ms", {
      ...summarise(perPage),
      median: (median(times.large) - median(times.small)) / (scale.siteLarge - scale.siteSmall),
    });
    const pages =
      (sites[String(scale.siteLarge)]?.pages ?? 0) - (sites[String(scale.siteSmall)]?.pages ?? 0);
    if (pages > 0)
      record(
        "site_build_ms_per_html_page",
        "ms",
        (median(times.large) - median(times.small)) / pages,
      );
    record(`site_build_${scale.siteSmall}_s`, "s", summarise(times.small.map((t) => t / 1000)));
    record(`site_build_${scale.siteLarge}_s`, "s", summarise(times.large.map((t) => t / 1000)));
  } catch (error) {
    fail(["site_build_ms_per_page"], error);
  }
  try {
    // The budgets hold on the site as published: the shipped corpus, after the app's postbuild
    // (which takes React and its payload out of every page that does not need it).
    log("next build and postbuild over the shipped corpus, for the weight of a dossier");
    // LEAKS_CORPUS_JSON empty: the app builds from the data of @leaks/corpus, as published.
    const shipped = "";
    const real = await buildSite(
      shipped,
      join(BENCH_ROOT, ".site-shipped"),
      copiedPackages(cliDir),
    );
    await postbuildSite(real, shipped);
    const dossier = firstLoadJs(real.out, join("incidents", WEIGHED_DOSSIER, "index.html"));
    const bare = firstLoadJs(real.out, join("about", "index.html"));
    const weight = await dossierWeight(real.out, `/incidents/${WEIGHED_DOSSIER}/`);
    log(
      `  ${WEIGHED_DOSSIER}: ${weight.htmlKb.toFixed(1)} kB of HTML, ${weight.screens.toFixed(1)} screens at 1280 px, ${weight.printPages} printed pages; first-load JS ${dossier.kbGzip.toFixed(2)} kB against the bare page's ${bare.kbGzip.toFixed(2)} kB (gzip -9)`,
    );
    record("dossier_js_kb_gzip", "kB", dossier.kbGzip);
    record("bare_page_js_kb_gzip", "kB", bare.kbGzip);
    record("dossier_html_kb", "kB", weight.htmlKb);
    record("dossier_screens_1280", "screens", weight.screens);
    record("dossier_print_pages", "pages", weight.printPages);
  } catch (error) {
    fail(WEIGHT_METRICS, error);
  }
  return site;
}

async function searchGroup(site: LargeSite | undefined): Promise<void> {
  try {
    let large = site;
    if (large === undefined) {
      const corpus = ensureCorpus(corporaDir, scale.siteLarge, seed, log);
      const corpusJson = siteCorpusJson(corpus);
      log(`next build over ${scale.siteLarge} incidents, for search`);
      large = {
        build: await buildSite(corpusJson, appCopy(scale.siteLarge), copiedPackages(cliDir)),
        corpusJson,
      };
    }
    log("postbuild of the large site: a CSP per page and the pagefind index");
    const post = await postbuildSite(large.build, large.corpusJson);
    if (post !== undefined) record(`site_postbuild_${scale.siteLarge}_s`, "s", post.wallMs / 1000);
    if (!existsSync(join(large.build.out, "pagefind", "pagefind.js"))) {
      log("the app made no search index: pagefind's CLI indexes the export");
      const run = await indexSite(large.build.out);
      record(`pagefind_index_${scale.siteLarge}_s`, "s", run.wallMs / 1000);
    }
    const queries = searchQueries(new Random(seed), scale.queries);
    log(`${queries.length} pagefind queries in Chromium`);
    const timings = await timeSearch(large.build.out, queries);
    if (timings.results.every((count) => count === 0))
      throw new Error("no query found anything: the index is empty");
    const summary = summarise(timings.samples);
    log(`  ${format(summary, "ms")}`);
    record("search_query_ms", "ms", summary);
    const sorted = [...timings.samples].sort((a, b) => a - b);
    record(
      "search_query_p95_ms",
      "ms",
      sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] as number,
    );
    record("search_with_results_ms", "ms", summarise(timings.withResults));
    const found = summarise(timings.results);
    log(
      `  results per query: median ${found.median}, max ${found.max}; with the first five results' data ${median(timings.withResults).toFixed(1)} ms`,
    );
  } catch (error) {
    fail(["search_query_ms"], error);
  }
}

/** The corpus package's property test, run long: pass or fail, and how long it took. */
async function propertyGroup(date: string, commit: string): Promise<void> {
  log(
    `property test of @leaks/corpus with LEAKS_PROPERTY_RUNS=${PROPERTY_RUNS} (vitest run test/property)`,
  );
  try {
    const outcome = await runPropertyTest();
    property = { ...outcome, runs: PROPERTY_RUNS, date, commit };
    log(
      `  ${outcome.passed ? "passed" : "FAILED"} in ${outcome.durationS.toFixed(1)} s: ${outcome.detail}`,
    );
    if (!outcome.passed) failures++;
  } catch (error) {
    fail([], error);
    property = {
      passed: false,
      runs: PROPERTY_RUNS,
      durationS: 0,
      command: "pnpm --filter @leaks/corpus exec vitest run test/property",
      detail: error instanceof Error ? (error.message.split("\n")[0] ?? "failed") : String(error),
      date,
      commit,
    };
  }
}

/** Renders BENCHMARKS.md again from results.json and the saved profiles, measuring nothing. */
function reportOnly(): number {
  const results = JSON.parse(readFileSync(resultsFile, "utf8")) as Results;
  Object.assign(metrics, results.metrics);
  for (const { name, title, missed } of profileTargets()) {
    const dir = join(workDir, `profile-${name}`);
    if (!missed() || !existsSync(dir)) continue;
    const files = readdirSync(dir)
      .filter((file) => file.endsWith(".cpuprofile"))
      .map((file) => join(dir, file));
    if (files.length > 0)
      profiles.push({ title, summary: summariseProfile(files), command: PROFILE_COMMAND });
  }
  writeMarkdown(results);
  log(
    `wrote ${relative(process.cwd(), markdownFile) || markdownFile} from ${relative(process.cwd(), resultsFile) || resultsFile}`,
  );
  return 0;
}

function writeMarkdown(results: Results): void {
  const notesFile = join(BENCH_ROOT, "findings.md");
  writeFileSync(
    markdownFile,
    renderMarkdown({
      results,
      methods: methods(scale),
      profiles,
      ...(!quick && existsSync(notesFile) ? { notes: readFileSync(notesFile, "utf8") } : {}),
    }),
  );
}

const PACKAGE_METRICS = METRICS.map((spec) => spec.name).filter((name) =>
  name.startsWith("package_"),
);

async function packagesGroup(): Promise<void> {
  log("packing both packages and installing them with npm in an empty folder");
  try {
    const figures = await measurePackages(
      join(workDir, "packages"),
      quick ? 3 : Math.max(runs, 5) * 2,
    );
    record("package_import_data_ms", "ms", figures.importDataMs);
    record("package_import_json_ms", "ms", figures.importJsonMs);
    record(
      "package_import_x_json",
      "x",
      ratio(figures.importDataMs, figures.importJsonMs, "paired"),
    );
    record("package_claim_bundle_kb", "kB", figures.claim.kb);
    record("package_claim_bundle_kb_gzip", "kB", figures.claim.gzipKb);
    record("package_whole_bundle_kb", "kB", figures.whole.kb);
    record("package_claim_bundle_x_whole", "x", figures.claim.kb / figures.whole.kb);
    record("package_claim_bundle_with_zod_kb", "kB", figures.claimWithZod.kb);
    record("package_whole_bundle_with_zod_kb", "kB", figures.wholeWithZod.kb);
    record("package_corpus_tarball_kb", "kB", figures.corpusTarballKb);
    record("package_schema_tarball_kb", "kB", figures.schemaTarballKb);
    log(
      `  import ${format(figures.importDataMs, "ms")} against JSON.parse ${format(figures.importJsonMs, "ms")}; Claim ${figures.claim.kb} kB of ${figures.whole.kb} kB; tarballs ${figures.corpusTarballKb} and ${figures.schemaTarballKb} kB`,
    );
  } catch (error) {
    fail(PACKAGE_METRICS, error);
  }
}

async function main(): Promise<number> {
  if (values["report-only"] === true) return reportOnly();
  mkdirSync(outDir, { recursive: true });
  mkdirSync(workDir, { recursive: true });
  const loadAverage = machine().loadAverage;
  log(
    `${quick ? "quick" : "full"} run: ${[...only].join(", ")}; ${runs} runs each; load average ${loadAverage.join(", ")}`,
  );
  if (values.build !== false) await buildPackages();
  // Every group measures the same private copy of the packages: the CLI, and the site's deps.
  useCli(copyCli(cliDir));
  log(
    "measuring a copy of the built packages in bench/.cli (others' rebuilds cannot change it mid-run)",
  );
  const date = new Date().toISOString().slice(0, 10);
  const commit = commitMeasured();
  if (only.has("validate")) await validateGroup();
  let site: LargeSite | undefined;
  if (only.has("site")) site = await siteGroup();
  if (only.has("search")) await searchGroup(site);
  if (only.has("packages")) await packagesGroup();
  if (only.has("property")) await propertyGroup(date, commit);

  const results: Results = {
    node: process.version,
    cpus: cpuCount(),
    metrics,
    quick,
    date,
    commit,
    ...(values.only === undefined
      ? { durationMinutes: Math.round((performance.now() - started) / 60_000) }
      : previous?.durationMinutes === undefined
        ? {}
        : { durationMinutes: previous.durationMinutes }),
    machine: { ...machine(), loadAverage },
    memoryMethod: memoryMethod(),
    corpora,
    sites,
    samples,
    missing,
    ...(Object.keys(earlier).length > 0 ? { earlier } : {}),
    ...(property === undefined ? {} : { property }),
  };
  if (Object.keys(earlier).length > 0)
    log(
      `kept ${Object.keys(earlier).length} figures of the groups not measured from earlier runs (marked in the file and the report)`,
    );
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  // In the repository's own layout, so that `biome check` stays clean after a run.
  const biome = join(REPO_ROOT, "node_modules", ".bin", "biome");
  if (existsSync(biome)) {
    const formatted = await runProcess(biome, ["format", "--write", resultsFile], {
      cwd: REPO_ROOT,
    });
    if (formatted.code !== 0)
      log(`biome could not format ${resultsFile}: ${formatted.stderr.trim()}`);
  }
  writeMarkdown(results);
  log(
    `wrote ${relative(process.cwd(), resultsFile) || resultsFile} and ${relative(process.cwd(), markdownFile) || markdownFile}`,
  );
  for (const spec of METRICS) {
    const metric = metrics[spec.name];
    const verdict =
      metric === undefined || spec.target === undefined
        ? ""
        : spec.target.holds(metric.value, metrics) === false
          ? `  MISSES ${spec.target.text}`
          : "";
    log(
      `  ${spec.name.padEnd(30)} ${metric === undefined ? `missing (${missing[spec.name] ?? "not measured"})` : `${metric.value} ${metric.unit}`}${verdict}`,
    );
  }
  const shape = checkResultsShape(results);
  for (const problem of shape) log(`results: ${problem}`);
  // A partial run (--only) is judged on what it measured; a whole run on the complete file.
  return failures > 0 || (values.only === undefined && shape.length > 0) ? 1 : 0;
}

process.exitCode = await main();
