/**
 * Checks the package as a consumer gets it: packs it, lints the tarball with publint (strict)
 * and @arethetypeswrong/cli, then installs the tarball into a throwaway project and imports it
 * from ESM, from CommonJS and from TypeScript files that must type-check.
 * Run after `pnpm --filter @leaks/schema build` (turbo's `check` task depends on `build`).
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { checkApiReport } from "../../../scripts/lib/api-report.mjs";
import { bundleOf, SCHEMA_IMPORTS } from "../../../scripts/lib/bundle-size.mjs";
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
  step,
  tarballListing,
  writeConsumerTsconfig,
} from "../../../scripts/lib/package-check.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const keep = process.argv.includes("--keep");
const updateApi = process.argv.includes("--update-api");

/** The public surface, against the committed api-report.md (`--update-api` rewrites it). */
function checkApi() {
  step("comparing the public API with api-report.md");
  const difference = checkApiReport(
    root,
    { "@leaks/schema": "dist/index.d.ts" },
    { update: updateApi },
  );
  if (difference !== undefined) fail(difference);
  pass(updateApi ? "wrote api-report.md" : "the exports are those of api-report.md");
}

function checkBuild() {
  step("checking the build in dist/");
  const expected = ["esm/index.js", "index.cjs", "index.d.ts", "index.d.cts"];
  const missing = expected.filter((file) => !existsSync(join(root, "dist", file)));
  if (missing.length > 0)
    fail(`dist/ lacks ${missing.join(", ")}: run \`pnpm --filter ${manifest.name} build\` first`);
  const built = Math.min(...expected.map((file) => statSync(join(root, "dist", file)).mtimeMs));
  const sources = run("git", ["ls-files", "src"], { cwd: root }).stdout?.split("\n") ?? [];
  const newer = sources.filter(
    (file) =>
      file !== "" && existsSync(join(root, file)) && statSync(join(root, file)).mtimeMs > built,
  );
  if (newer.length > 0)
    fail(
      `dist/ is older than ${newer.slice(0, 3).join(", ")}: run \`pnpm --filter ${manifest.name} build\``,
    );
  pass(`dist has ${expected.join(", ")}`);
}

function packAndList(workDir) {
  step("packing with pnpm");
  const tarball = pack(root, workDir);
  const listing = tarballListing(tarball);
  for (const file of ["package.json", "README.md", "CHANGELOG.md", "LICENSE", "dist/index.cjs"]) {
    if (!listing.includes(file)) fail(`the tarball lacks ${file}`);
  }
  checkReadmeLinks(join(root, "README.md"));
  const schemas = ["incident", "claim", "actor", "source"].flatMap((kind) => [
    `json-schema/${kind}.json`,
    `json-schema/shipped/${kind}.json`,
  ]);
  for (const file of [...schemas, "json-schema/corpus.json"])
    if (!listing.includes(file)) fail(`the tarball lacks ${file}`);
  if (listing.some((file) => file.startsWith("test/") || file.startsWith("scripts/")))
    fail("the tarball ships tests or scripts: check `files` in package.json");
  // A source map would point at src/, which is not shipped.
  const maps = listing.filter((file) => file.endsWith(".map"));
  if (maps.length > 0) fail(`the tarball ships source maps of unshipped sources: ${maps[0]}`);
  pass(`${basename(tarball)}: ${listing.length} files`);
  return tarball;
}

const VALID_CLAIM = {
  id: "example-claim",
  incidents: ["example-incident"],
  statement: "The example source reports an example event.",
  claimant: { kind: "source-author", source: "example-source" },
  nature: "reported-fact",
  standing: "reported",
  credibility: {
    grade: 3,
    gradedBy: "editors",
    gradedOn: "2024-01-02",
    rationale: "A single report.",
  },
  appearances: [{ source: "example-source", quote: "An example event took place." }],
};

const CONSUMER_FILES = {
  "esm.mjs": `
import assert from "node:assert/strict";
import { Claim, parseRecord, formatProblem } from "@leaks/schema";
import claimSchema from "@leaks/schema/json-schema/claim.json" with { type: "json" };

const valid = ${JSON.stringify(VALID_CLAIM)};
const parsed = parseRecord("claim", valid);
assert.equal(parsed.ok, true, "a valid claim parses");
assert.deepEqual(Claim.parse(valid).relations, [], "defaults are filled in");
const broken = parseRecord("claim", { ...valid, sorces: [] });
assert.equal(broken.ok, false);
assert.deepEqual(broken.problems.map((p) => p.code), ["unknown-key"]);
assert.match(formatProblem(broken.problems[0]), /unknown-key/);
assert.equal(claimSchema.$id, "urn:leaks-dossier:schema:claim");
assert.equal(claimSchema.additionalProperties, false);
console.log("esm ok");
`,
  "cjs.cjs": `
const assert = require("node:assert/strict");
const schema = require("@leaks/schema");
const sourceSchema = require("@leaks/schema/json-schema/source.json");

assert.match(require.resolve("@leaks/schema"), /dist[\\\\/]index\\.cjs$/, "require gets the CJS build");
const valid = ${JSON.stringify(VALID_CLAIM)};
assert.equal(schema.parseRecord("claim", valid).ok, true);
const result = schema.parseRecord("claim", { ...valid, id: "Not An Id" });
assert.deepEqual(result.problems.map((p) => [p.code, p.path.join(".")]), [["invalid-format", "id"]]);
assert.equal(typeof schema.Claim.safeParse, "function");
assert.equal(sourceSchema.title, "Leaks Dossier Source");
console.log("cjs ok");
`,
  "types.ts": `
import * as z from "zod";
import { Claim, type Incident, parseRecord } from "@leaks/schema";

const input: z.input<typeof Claim> = ${JSON.stringify(VALID_CLAIM)};
const output: z.output<typeof Claim> = Claim.parse(input);
// The models compose with the consumer's own zod: one zod, a peer dependency.
const many = z.array(Claim).min(1);
const firstStanding: Claim["standing"] | undefined = many.parse([input])[0]?.standing;
const relations: readonly { claim: string }[] = output.relations;

function firstDate(incident: Incident): string {
  return incident.dates.happened?.date ?? "unknown";
}

const result = parseRecord("incident", {});
if (result.ok) firstDate(result.record);

// @ts-expect-error the standing of a claim is one of a closed set
const wrong: Claim["standing"] = "rumoured";

export { firstStanding, relations, wrong };
`,
  "types.cts": `
import { Claim, parseRecord } from "@leaks/schema";

const result = parseRecord("claim", {});
const standing: Claim["standing"] | undefined = result.ok ? result.record.standing : undefined;

// @ts-expect-error parseRecord takes one of the four record kinds
parseRecord("incidents", {});

export = { standing };
`,
};

/**
 * The zod versions the package checks run against: the lowest its peer range allows and the
 * one it is built and tested with (the latest minor the workspace uses).
 */
function zodVersions() {
  const lowest = /^\^(\d+\.\d+\.\d+)$/.exec(manifest.peerDependencies.zod)?.[1];
  const latest = /^\^(\d+\.\d+\.\d+)$/.exec(manifest.devDependencies.zod)?.[1];
  if (lowest === undefined || latest === undefined)
    fail("zod's peer and dev ranges must each be ^x.y.z for the package checks to read them");
  return [...new Set([lowest, latest])];
}

function smokeTest(workDir, tarball, zod) {
  step(`installing the tarball into a temporary consumer project, with zod ${zod}`);
  const consumer = join(workDir, `consumer-zod-${zod}`);
  mkdirSync(consumer);
  writeFileSync(
    join(consumer, "package.json"),
    `${JSON.stringify(
      {
        name: "leaks-schema-consumer",
        private: true,
        type: "module",
        dependencies: {
          "@leaks/schema": `file:${relative(consumer, tarball)}`,
          zod,
        },
      },
      null,
      2,
    )}\n`,
  );
  writeConsumerTsconfig(consumer);
  for (const [name, text] of Object.entries(CONSUMER_FILES))
    writeFileSync(join(consumer, name), text.trimStart());
  // npm's cache may hold zod; the lowest version may come from the registry.
  npmInstall(consumer);
  pass(`installed @leaks/schema and zod ${zod} with npm`);

  step("importing from ESM");
  const esm = runOrFail("node esm.mjs", process.execPath, ["--no-warnings", "esm.mjs"], {
    cwd: consumer,
  });
  pass(esm.stdout.trim());

  step("requiring from CommonJS");
  const cjs = runOrFail("node cjs.cjs", process.execPath, ["cjs.cjs"], { cwd: consumer });
  pass(cjs.stdout.trim());

  step("type-checking TypeScript consumers (module nodenext, strict)");
  runOrFail(
    "tsc on types.ts and types.cts",
    process.execPath,
    [binOf(root, "typescript", "tsc"), "-p", "."],
    {
      cwd: consumer,
    },
  );
  pass("types.ts (import) and types.cts (require) type-check, @ts-expect-error lines hold");
  return consumer;
}

/**
 * What a bundler keeps of the installed package: `import { Claim }` must bring no corpus rule
 * (the ES build is one file per module and the package has no side effects).
 */
async function treeShaking(consumer) {
  step("bundling `import { Claim }` with esbuild (tree-shaking)");
  const esbuild = await import("esbuild");
  const installed = join(consumer, "node_modules", "@leaks", "schema");
  const claim = await bundleOf(esbuild, installed, SCHEMA_IMPORTS.claim);
  const whole = await bundleOf(esbuild, installed, SCHEMA_IMPORTS.whole);
  const rules = claim.modules.filter((module) => module.startsWith("dist/esm/rules/"));
  if (rules.length > 0) fail(`the bundle of \`import { Claim }\` holds ${rules.join(", ")}`);
  if (!whole.modules.some((module) => module.startsWith("dist/esm/rules/")))
    fail("the bundle of the whole package holds no rule: the check would pass vacuously");
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
  pass(
    `${kb(claim.bytes)} minified (${claim.modules.length} modules, no rule) against ${kb(whole.bytes)} for the whole package (zod external)`,
  );
}

const workDir = mkdtempSync(join(tmpdir(), "leaks-schema-check-"));
let failed = false;
try {
  checkBuild();
  checkApi();
  const tarball = packAndList(workDir);
  await lintWithPublint(tarball, await import("publint"), await import("publint/utils"));
  lintWithAttw(root, tarball);
  const versions = zodVersions();
  let consumer;
  for (const zod of versions) consumer = smokeTest(workDir, tarball, zod);
  await treeShaking(consumer);
  console.log(
    `✔ ${manifest.name} packs cleanly and works from ESM, CJS and TypeScript, with zod ${versions.join(" and ")}`,
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
