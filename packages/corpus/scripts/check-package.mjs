/**
 * Checks the package as a consumer gets it: packs it (and @leaks/schema, which it depends on),
 * lints the tarball with publint (strict) and @arethetypeswrong/cli, then installs both
 * tarballs into a throwaway project and uses the package from ESM, from CommonJS, from
 * TypeScript files that must type-check, and through its `leaks` binary.
 * Modelled on packages/schema/scripts/check-package.mjs. Run after `pnpm build`.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { checkApiReport } from "../../../scripts/lib/api-report.mjs";
import { hoverDocs } from "../../../scripts/lib/hover.mjs";
import {
  binOf,
  CheckFailed,
  checkReadmeLinks,
  fail,
  lintWithAttw,
  lintWithPublint,
  npmInstall,
  pack,
  pass,
  run,
  runOrFail,
  runReadmeExamples,
  step,
  tarballListing,
  writeConsumerTsconfig,
} from "../../../scripts/lib/package-check.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const schemaRoot = join(root, "..", "schema");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const keep = process.argv.includes("--keep");
const updateApi = process.argv.includes("--update-api");

/** The public surface, against the committed api-report.md (`--update-api` rewrites it). */
function checkApi() {
  step("comparing the public API with api-report.md");
  const difference = checkApiReport(
    root,
    {
      "@leaks/corpus": "dist/index.d.ts",
      "@leaks/corpus/loader": "dist/loader.d.ts",
    },
    { update: updateApi },
  );
  if (difference !== undefined) fail(difference);
  pass(updateApi ? "wrote api-report.md" : "the exports are those of api-report.md");
}

function checkBuild() {
  step("checking the build (dist/, and the data at the package's root)");
  const expected = [
    "dist/cli.js",
    "dist/index.js",
    "dist/index.cjs",
    "dist/index.d.ts",
    "dist/loader.js",
    "dist/loader.d.ts",
    "corpus.json",
    "meta.json",
  ];
  const missing = expected.filter((file) => !existsSync(join(root, file)));
  if (missing.length > 0)
    fail(`dist/ lacks ${missing.join(", ")}: run \`pnpm --filter ${manifest.name} build\` first`);
  for (const file of ["esm/index.js", "index.cjs", "index.d.ts"].map((name) =>
    join(schemaRoot, "dist", name),
  ))
    if (!existsSync(file)) fail(`@leaks/schema is not built (${relative(root, file)} is missing)`);
  pass(`the build has ${expected.join(", ")}`);
}

function checkTarball(tarball) {
  step("checking what the tarball holds");
  const listing = tarballListing(tarball);
  const shipped = JSON.parse(readFileSync(join(root, "corpus.json"), "utf8"));
  const required = [
    "package.json",
    "README.md",
    "CHANGELOG.md",
    "LICENSE",
    "LICENSE-DATA.md",
    "bin/leaks.js",
    "dist/cli.js",
    "corpus.json",
    "meta.json",
    "loader/package.json",
    // The data's history, one file per release (what DATA-CHANGELOG.md is written from).
    "history/0.0.0.json",
  ];
  for (const [folder, records] of Object.entries(shipped))
    for (const record of records) required.push(`records/${folder}/${record.id}.json`);
  // The archived texts the quotes are checked against, so that the shipped CLI can check them.
  for (const source of shipped.sources)
    if (source.archive?.snapshot !== undefined) required.push(`archive/${source.archive.snapshot}`);
  const missing = required.filter((file) => !listing.includes(file));
  if (missing.length > 0) fail(`the tarball lacks ${missing.slice(0, 5).join(", ")}`);
  checkReadmeLinks(join(root, "README.md"));
  // Nor source maps: they would point at src/, which is not shipped.
  const stray = listing.filter(
    (file) => /^(test|scripts|src)\//.test(file) || file.endsWith(".map"),
  );
  if (stray.length > 0) fail(`the tarball ships ${stray.slice(0, 3).join(", ")}: check \`files\``);
  pass(
    `${basename(tarball)}: ${listing.length} files, one JSON file per record, every archived snapshot`,
  );
}

/** Fields a consumer of the installed packages hovers over: each must show its documentation. */
const HOVER_FILE = `import { claims, incidents, sources } from "@leaks/corpus";
incidents[0]?.summary;
claims[0]?.standing;
claims[0]?.appearances[0]?.quote;
sources[0]?.archive?.snapshot;
`;
const HOVER_FIELDS = ["summary", "standing", "quote", "snapshot"];

const CONSUMER_FILES = {
  "esm.mjs": `
import assert from "node:assert/strict";
import { incidents, claims, sources, ids, meta, getIncident, getSource, claimsOfIncident,
  claimsByStanding, relayChain, impactsByRelationship, isIncidentId } from "@leaks/corpus";
import { loadCorpus } from "@leaks/corpus/loader";
import corpus from "@leaks/corpus/corpus.json" with { type: "json" };
import shippedMeta from "@leaks/corpus/meta.json" with { type: "json" };

assert.ok(incidents.length > 0, "the corpus has incidents");
assert.deepEqual(incidents, corpus.incidents, "the module exports what corpus.json holds");
assert.ok(Object.isFrozen(incidents[0]) && Object.isFrozen(incidents[0].tags), "shipped records are frozen");
assert.deepEqual(meta, shippedMeta);
assert.equal(meta.license, "CC-BY-4.0", "meta names the data's licence");
assert.equal(meta.counts.claims, claims.length);
assert.deepEqual(ids.sources, sources.map((source) => source.id));
assert.ok(isIncidentId(incidents[0].id) && !isIncidentId("no-such-id"));
for (const incident of incidents) {
  assert.equal(getIncident(incident.id), incident);
  const grouped = Object.values(claimsByStanding(incident.id)).flat();
  assert.equal(grouped.length, claimsOfIncident(incident.id).length);
}
for (const claim of claims)
  for (const chain of relayChain(claim.id)) assert.equal(getSource(chain.source.id), chain.source);
for (const [key, { parties }] of impactsByRelationship()) assert.equal(key, [...parties].sort().join("--"));
const first = sources[0];
const { default: one } = await import(\`@leaks/corpus/records/sources/\${first.id}.json\`, { with: { type: "json" } });
assert.deepEqual(one, corpus.sources[0], "per-record JSON is exported");
const loaded = await loadCorpus("data");
assert.deepEqual(loaded.problems, [], "the loader is exported and works on a data folder");
console.log(\`esm ok: \${incidents.length} incidents, \${claims.length} claims, data \${meta.version}\`);
`,
  "cjs.cjs": `
const assert = require("node:assert/strict");
const corpus = require("@leaks/corpus");
const loader = require("@leaks/corpus/loader");
const json = require("@leaks/corpus/corpus.json");

assert.match(require.resolve("@leaks/corpus"), /dist[\\\\/]index\\.cjs$/, "require gets the CJS build");
assert.deepEqual(corpus.claims, json.claims);
assert.equal(corpus.getClaim(json.claims[0].id), corpus.claims[0]);
assert.equal(corpus.loadCorpus, undefined, "the data entry has no loader");
const result = loader.loadCorpusFromFiles(new Map([["actors/x.yaml", "id: y\\nkind: state\\nname: X\\n"]]));
assert.deepEqual(result.problems.map((p) => [p.code, p.line, p.column]), [["id-mismatch", 1, 5]]);
console.log("cjs ok");
`,
  "types.ts": `
import { type Claim, type ClaimsByStanding, type Incident, type IncidentId, claimsByStanding,
  incidents, getIncident, isIncidentId, relayChain } from "@leaks/corpus";
import { loadCorpus, type LoadResult } from "@leaks/corpus/loader";

const first: Incident | undefined = incidents[0];
const title: string | undefined = first === undefined ? undefined : getIncident(first.id)?.title;
const groups: ClaimsByStanding | undefined = first && claimsByStanding(first.id);
const established: readonly Claim[] = groups?.established ?? [];
const origins: string[] = relayChain(established[0]?.id ?? "abc-israeli-source-reported-laptop-bomb-plot")
  .flatMap((chain) => chain.origins.map((o) => o.id));
const pending: Promise<LoadResult> = loadCorpus("data", { today: "2024-01-01" });
const fromUrl = "snowden-files" as string;
const checked: Incident | undefined = isIncidentId(fromUrl) ? getIncident(fromUrl) : undefined;
const known: IncidentId = "snowden-files";
const codes = pending.then(({ problems }) =>
  problems.map((problem) => {
    const documented = problem.code === "unknown-reference" || problem.code === "yaml-syntax";
    // @ts-expect-error a problem's code is one of the documented codes
    return documented || problem.code === "no-such-code";
  }),
);

// @ts-expect-error the ids are the ids the data holds: a typo does not compile
getIncident("no-such-id");
// @ts-expect-error the exported records are read-only, all the way down
incidents[0]?.tags.push("x");
// @ts-expect-error the exported lists are read-only
incidents.push(first);

export { title, established, origins, pending, checked, known, codes };
`,
  "types.cts": `
import { claims, getClaim } from "@leaks/corpus";
import { loadCorpus } from "@leaks/corpus/loader";

const loading: ReturnType<typeof loadCorpus> = loadCorpus("data");

const standing = claims[0]?.standing;
// @ts-expect-error getClaim takes an id
getClaim(42);

export = { standing, found: claims[0] && getClaim(claims[0].id), loading };
`,
  "browser.js": `
import { incidents, claims, getIncident, meta, provenance } from "@leaks/corpus";

globalThis.result = {
  incidents: incidents.length,
  claims: claims.length,
  title: getIncident(incidents[0].id).title,
  version: meta.version,
  origins: provenance(claims[0].id).independent.length,
};
`,
};

/** Checks corpus.json against @leaks/schema's `json-schema/corpus.json` with ajv in Node. */
function validateWithAjv(data, schema) {
  const require = createRequire(join(schemaRoot, "package.json"));
  const { Ajv2020 } = require("ajv/dist/2020.js");
  const addFormats = require("ajv-formats");
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  (addFormats.default ?? addFormats)(ajv);
  const validate = ajv.compile(schema);
  if (!validate(data))
    fail(
      `ajv finds corpus.json invalid:\n${JSON.stringify(validate.errors?.slice(0, 5), null, 2)}`,
    );
}

/** The same with Python's jsonschema (draft 2020-12, formats checked), as a Python user would. */
const PYTHON_CHECK = `
import json, sys
try:
    import jsonschema
except ImportError:
    sys.exit("Python's jsonschema is not installed: apt-get install python3-jsonschema, or pip install jsonschema")
schema = json.load(open(sys.argv[1], encoding="utf-8"))
data = json.load(open(sys.argv[2], encoding="utf-8"))
validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
errors = list(validator.iter_errors(data))
for error in errors[:5]:
    print("/".join(str(part) for part in error.absolute_path), error.message[:300], file=sys.stderr)
sys.exit(1 if errors else 0)
`;

/**
 * The installed package's corpus.json against the installed schema package's
 * json-schema/corpus.json: with ajv, and with Python's jsonschema.
 */
function validateCorpusJson(consumer) {
  step("validating corpus.json against @leaks/schema/json-schema/corpus.json (ajv, Python)");
  const installed = join(consumer, "node_modules", "@leaks");
  const schemaFile = join(installed, "schema", "json-schema", "corpus.json");
  const dataFile = join(installed, "corpus", "corpus.json");
  validateWithAjv(
    JSON.parse(readFileSync(dataFile, "utf8")),
    JSON.parse(readFileSync(schemaFile, "utf8")),
  );
  const python = process.platform === "win32" ? "python" : "python3";
  runOrFail("python3 jsonschema", python, ["-c", PYTHON_CHECK, schemaFile, dataFile], {
    cwd: consumer,
  });
  pass("ajv (draft 2020-12, strict, formats) and Python's jsonschema (format checker) accept it");
}

/** Packages the data entry must never bring into a bundle. */
const NOT_IN_A_BUNDLE = ["zod", "yaml", "js-yaml", "commander", "@leaks/schema", "node:"];

/**
 * Bundles browser.js (the data entry) for the browser with esbuild and with webpack, then
 * runs each bundle in an empty context (no require, no process): a bundler that met `fs` or
 * a Node-only package would fail, and a bundle that needed one would throw.
 */
async function browserBundles(consumer) {
  const shipped = JSON.parse(readFileSync(join(root, "corpus.json"), "utf8"));
  const expected = {
    incidents: shipped.incidents.length,
    claims: shipped.claims.length,
    title: shipped.incidents[0].title,
    version: manifest.version,
  };
  const runBundle = (file) => {
    const context = {};
    vm.runInNewContext(readFileSync(file, "utf8"), context, { filename: file });
    const { origins, ...rest } = context.result ?? {};
    if (JSON.stringify(rest) !== JSON.stringify(expected) || !(origins >= 1))
      fail(`the bundle ${basename(file)} gave ${JSON.stringify(context.result)}`);
  };
  const sizeOf = (file) => `${Math.round(statSync(file).size / 1024)} kB`;

  step("bundling the data entry for browsers with esbuild");
  const esbuild = await import("esbuild");
  const built = await esbuild.build({
    absWorkingDir: consumer,
    entryPoints: ["browser.js"],
    bundle: true,
    platform: "browser",
    format: "iife",
    minify: true,
    outfile: "out/esbuild.js",
    metafile: true,
    logLevel: "silent",
  });
  const inputs = Object.keys(built.metafile.inputs);
  const stray = inputs.filter((input) =>
    NOT_IN_A_BUNDLE.some(
      (name) => input.includes(`node_modules/${name}/`) || input.startsWith(name),
    ),
  );
  if (stray.length > 0) fail(`the esbuild bundle holds ${stray.slice(0, 3).join(", ")}`);
  runBundle(join(consumer, "out", "esbuild.js"));
  pass(
    `esbuild (platform browser): ${sizeOf(join(consumer, "out", "esbuild.js"))}, ${inputs.length} inputs, runs with no Node`,
  );

  step("bundling the data entry for browsers with webpack");
  const { default: webpack } = await import("webpack");
  const stats = await new Promise((resolve, reject) =>
    webpack(
      {
        mode: "production",
        target: "web",
        context: consumer,
        entry: "./browser.js",
        output: { path: join(consumer, "out"), filename: "webpack.js" },
        resolve: { modules: [join(consumer, "node_modules")] },
        performance: { hints: false },
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  );
  if (stats.hasErrors() || stats.hasWarnings())
    fail(`webpack failed:\n${stats.toString({ all: false, errors: true, warnings: true })}`);
  const modules = stats.toJson({ all: false, modules: true }).modules ?? [];
  const bundled = modules.flatMap((module) => [
    module.name,
    ...(module.modules ?? []).map((m) => m.name),
  ]);
  const strayWebpack = bundled.filter((name) =>
    NOT_IN_A_BUNDLE.some((pkg) => name?.includes(`node_modules/${pkg}/`)),
  );
  if (strayWebpack.length > 0)
    fail(`the webpack bundle holds ${strayWebpack.slice(0, 3).join(", ")}`);
  runBundle(join(consumer, "out", "webpack.js"));
  pass(`webpack (target web): ${sizeOf(join(consumer, "out", "webpack.js"))}, runs with no Node`);
}

async function smokeTest(workDir, tarball, schemaTarball) {
  step("installing the tarballs into a temporary consumer project");
  const consumer = join(workDir, "consumer");
  mkdirSync(consumer);
  writeFileSync(
    join(consumer, "package.json"),
    `${JSON.stringify(
      {
        name: "leaks-corpus-consumer",
        private: true,
        type: "module",
        // zod is a peer dependency: the consumer brings its own.
        dependencies: {
          "@leaks/corpus": `file:${relative(consumer, tarball)}`,
          zod: manifest.devDependencies.zod,
        },
        // The schema is not published yet: point the dependency at its tarball.
        overrides: { "@leaks/schema": `file:${relative(consumer, schemaTarball)}` },
      },
      null,
      2,
    )}\n`,
  );
  writeConsumerTsconfig(consumer);
  for (const [name, text] of Object.entries(CONSUMER_FILES))
    writeFileSync(join(consumer, name), text.trimStart());
  // A small valid data folder for the loader and the binary to check.
  cpSync(join(root, "test", "fixtures", "valid"), consumer, { recursive: true });
  npmInstall(consumer);
  pass("installed @leaks/corpus and @leaks/schema with npm");

  step("importing from ESM");
  pass(
    runOrFail("node esm.mjs", process.execPath, ["--no-warnings", "esm.mjs"], {
      cwd: consumer,
    }).stdout.trim(),
  );
  step("requiring from CommonJS");
  pass(runOrFail("node cjs.cjs", process.execPath, ["cjs.cjs"], { cwd: consumer }).stdout.trim());
  step("type-checking TypeScript consumers (module nodenext, strict)");
  runOrFail("tsc", process.execPath, [binOf(root, "typescript", "tsc"), "-p", "."], {
    cwd: consumer,
  });
  pass("types.ts (import) and types.cts (require) type-check, @ts-expect-error lines hold");
  step("hovering over fields of the installed types");
  const hovered = hoverDocs({
    dir: consumer,
    tsconfig: join(consumer, "tsconfig.json"),
    text: HOVER_FILE,
    targets: HOVER_FIELDS.map((field) => `?.${field}`),
  });
  const blank = HOVER_FIELDS.filter((_, index) => hovered[index] === "");
  if (blank.length > 0) fail(`no documentation on hover over ${blank.join(", ")}`);
  pass(`${HOVER_FIELDS.join(", ")}: each shows its documentation`);

  step("type-checking and running the README's examples");
  const examples = await runReadmeExamples(
    consumer,
    join(root, "README.md"),
    await import("esbuild"),
    binOf(root, "typescript", "tsc"),
  );
  pass(`${examples} examples type-check and run`);

  await browserBundles(consumer);
  validateCorpusJson(consumer);

  step("running the installed leaks binary");
  const leaks = join(consumer, "node_modules", ".bin", "leaks");
  const version = runOrFail("leaks --version", leaks, ["--version"], { cwd: consumer });
  if (version.stdout.trim() !== manifest.version) fail(`leaks --version printed ${version.stdout}`);
  const clean = runOrFail("leaks validate", leaks, ["validate"], { cwd: consumer });
  if (!clean.stdout.startsWith("✔ no problems")) fail(`leaks validate printed ${clean.stdout}`);
  writeFileSync(join(consumer, "data", "actors", "broken.yaml"), "id: broken\nkind: [state\n");
  const broken = run(leaks, ["validate", "--format", "github"], { cwd: consumer });
  if (broken.status !== 1 || !broken.stdout.includes("::error file=data/actors/broken.yaml,line="))
    fail(
      `leaks validate on a broken file exited ${broken.status}:\n${broken.stdout}${broken.stderr}`,
    );
  pass(
    "leaks --version, and validate exits 0 on valid data and 1 with annotations on a broken file",
  );

  step("validating the shipped data with the shipped binary");
  const installed = join(consumer, "node_modules", "@leaks", "corpus");
  const userCache = join(consumer, "user-cache");
  const env = { ...process.env, XDG_CACHE_HOME: userCache };
  const shipped = runOrFail(
    "leaks validate --data <the installed package's data>",
    leaks,
    ["--data", join(installed, "data"), "validate"],
    { cwd: consumer, env },
  );
  if (!shipped.stdout.startsWith("✔ no problems"))
    fail(`leaks validate on the shipped data printed ${shipped.stdout}${shipped.stderr}`);
  const inPackage = [".leaks-cache", "node_modules/.cache"].filter((name) =>
    existsSync(join(installed, name)),
  );
  if (inPackage.length > 0) fail(`leaks validate wrote ${inPackage.join(", ")} inside the package`);
  if (!existsSync(join(userCache, "leaks")))
    fail("leaks validate kept no cache in the user's cache folder ($XDG_CACHE_HOME/leaks)");
  pass("no problems, every quote checked against its snapshot; the cache in $XDG_CACHE_HOME/leaks");
}

const workDir = mkdtempSync(join(tmpdir(), "leaks-corpus-check-"));
let failed = false;
try {
  checkBuild();
  checkApi();
  step("packing @leaks/corpus and @leaks/schema with pnpm");
  const tarball = pack(root, workDir);
  const schemaTarball = pack(schemaRoot, workDir);
  pass(`${basename(tarball)}, ${basename(schemaTarball)}`);
  checkTarball(tarball);
  await lintWithPublint(tarball, await import("publint"), await import("publint/utils"));
  // `@leaks/corpus/loader` is one ES module, which require() loads on Node 20.19 and later
  // (the package's engines) and TypeScript's nodenext allows: the CJS consumer below does it.
  lintWithAttw(root, tarball, { ignoreRules: ["cjs-resolves-to-esm"] });
  await smokeTest(workDir, tarball, schemaTarball);
  console.log(
    `✔ ${manifest.name} packs cleanly and works from ESM, CJS, TypeScript and its binary`,
  );
} catch (error) {
  failed = true;
  if (!(error instanceof CheckFailed)) throw error;
  console.error(`✖ ${error.message}`);
} finally {
  if (keep || failed) console.error(`  (work files kept in ${workDir})`);
  else rmSync(workDir, { recursive: true, force: true });
}
if (failed) process.exit(1);
