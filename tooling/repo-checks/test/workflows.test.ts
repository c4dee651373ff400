import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { LEAKS_BIN, ROOT, readJson } from "./repo.js";

interface Step {
  name?: string;
  uses?: string;
  run?: string;
}
interface Job {
  permissions?: Record<string, string>;
  needs?: string | string[];
  env?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: unknown;
  permissions?: unknown;
  jobs: Record<string, Job>;
}

const workflowDir = join(ROOT, ".github", "workflows");
const workflowFiles = readdirSync(workflowDir).filter(
  (f) => f.endsWith(".yml") || f.endsWith(".yaml"),
);
const workflows = workflowFiles.map((file) => {
  const text = readFileSync(join(workflowDir, file), "utf8");
  return { file, text, workflow: parse(text) as Workflow };
});

type Scripts = Record<string, string>;
const rootScripts = readJson<{ scripts: Scripts }>("package.json").scripts;
const packageScripts = new Map<string, Scripts>();
for (const dir of ["packages/schema", "packages/corpus", "apps/dossier", "tooling/repo-checks"]) {
  const manifest = readJson<{ name: string; scripts?: Scripts }>(`${dir}/package.json`);
  packageScripts.set(manifest.name, manifest.scripts ?? {});
}
const turboTasks = new Set(
  Object.keys(readJson<{ tasks: Record<string, unknown> }>("turbo.json").tasks).map((t) =>
    t.replace(/^.*#/, ""),
  ),
);

/** Commands a workflow may call that are not the project's own scripts. */
const EXTERNAL = new Set(["npm", "git", "gh", "test", "echo", "cat"]);

/** The commands `leaks --help` lists. */
const leaksCommands = new Set(
  execFileSync(process.execPath, [LEAKS_BIN, "--help"], { encoding: "utf8" })
    .split("Commands:")[1]
    ?.split("\n")
    .map((line) => /^ {2}([a-z][\w-]*)/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined && name !== "help"),
);

function leaksCommandExists(command: string): boolean {
  return leaksCommands.has(command);
}

/** Why a shell command in a `run:` step does not resolve to something that exists, or undefined. */
function unresolved(command: string): string | undefined {
  const words = command
    .replace(/"[^"]*"/g, "ARG")
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "");
  const [tool, ...args] = words;
  if (tool === undefined) return undefined;
  if (EXTERNAL.has(tool)) return undefined;
  if (tool === "bash" || tool === "node") {
    const file = args[0] ?? "";
    return existsSync(join(ROOT, file))
      ? undefined
      : `${tool} runs a file that does not exist: ${file}`;
  }
  if (tool !== "pnpm") return `unknown command "${tool}"`;
  // pnpm's own flags before the script (-s: no banner, so redirected output stays clean).
  let start = 0;
  while (args[start]?.startsWith("-") && args[start] !== "--filter") start++;
  const [first, ...rest] = args.slice(start);
  if (first === "install") return undefined;
  if (first === "turbo") {
    const tasks = rest
      .slice(1)
      .filter((w) => !w.startsWith("-") && !rest[rest.indexOf(w) - 1]?.startsWith("--filter"));
    const missing = tasks.filter((t) => !turboTasks.has(t));
    return missing.length === 0
      ? undefined
      : `turbo task(s) not in turbo.json: ${missing.join(", ")}`;
  }
  if (first === "--filter") {
    const [pkg, script] = rest;
    const scripts = packageScripts.get(pkg ?? "");
    if (!scripts) return `no workspace package "${pkg}"`;
    return script !== undefined && script in scripts
      ? undefined
      : `package ${pkg} has no script "${script}"`;
  }
  if (first === "leaks") {
    const sub = rest[0] ?? "";
    return leaksCommandExists(sub) ? undefined : `leaks has no command "${sub}"`;
  }
  if (first !== undefined && first in rootScripts) return undefined;
  return `the root package.json has no script "${first}"`;
}

function commandsOf(run: string): string[] {
  return run
    .split("\n")
    .flatMap((line) => line.split(/&&|\|\||;|\|(?!\|)/))
    .map((c) =>
      c
        .replace(/>>?\s*\S+/g, "")
        .replace(/\$\(.*?\)/g, "ARG")
        .trim(),
    )
    .filter((c) => c !== "" && !c.startsWith("#"));
}

describe("GitHub workflows", () => {
  it("see every leaks command", () => {
    expect([...leaksCommands].sort()).toEqual(["diff", "export", "fmt", "new", "validate"]);
  });

  it("exist", () => {
    expect(workflowFiles).toEqual(
      expect.arrayContaining(["ci.yml", "pages.yml", "pull-request.yml", "release.yml"]),
    );
  });

  it("grant write permissions only to the jobs that need them, and only those", () => {
    const writes = Object.fromEntries(
      workflows.flatMap(({ file, workflow }) =>
        Object.entries(workflow.jobs).flatMap(([name, job]) => {
          const granted = Object.entries(job.permissions ?? {})
            .filter(([, level]) => level === "write")
            .map(([scope]) => scope)
            .sort();
          return granted.length === 0 ? [] : [[`${file} ${name}`, granted]];
        }),
      ),
    );
    expect(writes).toEqual({
      // The "Version packages" pull request, the tags and the GitHub release with the bundle;
      // npm provenance.
      "release.yml release": ["contents", "id-token", "pull-requests"],
      // SARIF for code scanning.
      "pull-request.yml data": ["security-events"],
      // Publishing the site: only the job that deploys, never the one that builds.
      "pages.yml deploy": ["id-token", "pages"],
    });
  });

  for (const { file, text, workflow } of workflows) {
    describe(file, () => {
      it("sets explicit least-privilege permissions", () => {
        expect(workflow.permissions).toBeDefined();
        expect(workflow.permissions).not.toBe("write-all");
        expect(JSON.stringify(workflow.permissions)).not.toContain("write");
      });

      it("never runs a contributor's code with pull_request_target", () => {
        expect(text).not.toMatch(/pull_request_target/);
      });

      it("pins every action to a full commit SHA with its version beside it", () => {
        const uses = Object.values(workflow.jobs).flatMap((job) =>
          job.steps.flatMap((step) => (step.uses ? [step.uses] : [])),
        );
        for (const action of uses) expect(action).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        for (const line of text.split("\n").filter((l) => l.includes("uses:")))
          expect(line).toMatch(/# v\d/);
      });

      it("runs only commands, scripts and files that exist", () => {
        const problems = Object.values(workflow.jobs).flatMap((job) =>
          job.steps.flatMap((step) =>
            step.run === undefined
              ? []
              : commandsOf(step.run).flatMap((command) => {
                  const why = unresolved(command);
                  return why === undefined ? [] : [`${step.name ?? command}: ${why}`];
                }),
          ),
        );
        expect(problems).toEqual([]);
      });
    });
  }

  describe("pages.yml (publishing the site)", () => {
    const pages = workflows.find((w) => w.file === "pages.yml");
    const jobs = pages?.workflow.jobs ?? {};
    const build = jobs.build;
    const runs = (build?.steps ?? []).map((step) => step.run ?? step.uses ?? "");
    const at = (pattern: RegExp) => runs.findIndex((run) => pattern.test(run));

    it("deploys on pushes to main", () => {
      expect(pages?.workflow.on).toMatchObject({ push: { branches: ["main"] } });
    });

    it("builds with the public SITE_URL of the repository variable, refusing none", () => {
      expect(build?.env?.SITE_URL).toMatch(/^\$\{\{ vars\.SITE_URL \}\}$/);
      const check = at(/site-url\.mjs --production/);
      expect(check).toBeGreaterThanOrEqual(0);
      expect(check).toBeLessThan(at(/bash \.ci\/run/));
      expect(at(/pnpm --filter @leaks\/dossier build:production/)).toBeGreaterThan(
        at(/bash \.ci\/run/),
      );
    });

    it("runs the same tests as CI before exporting, and uploads that export", () => {
      const ci = workflows.find((w) => w.file === "ci.yml")?.workflow.jobs.test?.steps ?? [];
      expect(ci.some((step) => step.run === "bash .ci/run")).toBe(true);
      expect(runs).toContain("bash .ci/run");
      const upload = build?.steps.find((s) => s.uses?.startsWith("actions/upload-pages-artifact"));
      expect(upload).toMatchObject({ with: { path: "apps/dossier/out" } });
      expect(at(/upload-pages-artifact/)).toBeGreaterThan(at(/build:production/));
    });

    it("deploys in a job of its own, after the build, to the github-pages environment", () => {
      expect(jobs.deploy?.needs).toBe("build");
      expect(jobs.deploy).toMatchObject({ environment: { name: "github-pages" } });
      expect(jobs.deploy?.steps.map((s) => s.uses?.split("@")[0])).toEqual([
        "actions/deploy-pages",
      ]);
      expect(build?.permissions).toEqual({ contents: "read" });
    });

    it("the site-url check fails, saying what to set, when the variable is unset", () => {
      const run = spawnSync(
        process.execPath,
        [join(ROOT, "apps/dossier/scripts/site-url.mjs"), "--production"],
        { encoding: "utf8", env: { PATH: process.env.PATH ?? "", GITHUB_ACTIONS: "true" } },
      );
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/set SITE_URL .*the repository variable SITE_URL/);
      const set = spawnSync(
        process.execPath,
        [join(ROOT, "apps/dossier/scripts/site-url.mjs"), "--production"],
        {
          encoding: "utf8",
          env: { PATH: process.env.PATH ?? "", SITE_URL: "https://dossier.example.org" },
        },
      );
      expect(set.status).toBe(0);
    });
  });

  describe("release.yml (publishing the packages and the data release)", () => {
    const release = workflows.find((w) => w.file === "release.yml")?.workflow.jobs.release;
    const script = readFileSync(join(ROOT, "scripts", "release.sh"), "utf8");

    it("runs the release script with a token, after the same tests as CI", () => {
      const runs = (release?.steps ?? []).map((step) => step.run ?? "");
      expect(runs.indexOf("bash .ci/run")).toBeGreaterThanOrEqual(0);
      expect(runs.indexOf("bash scripts/release.sh")).toBeGreaterThan(runs.indexOf("bash .ci/run"));
      const step = release?.steps.find((s) => s.run === "bash scripts/release.sh") as
        | (Step & { env?: Record<string, string> })
        | undefined;
      expect(step?.env?.GH_TOKEN).toMatch(/^\$\{\{ github\.token \}\}$/);
    });

    it("attaches the bundle to the GitHub release after publishing and pushing the tags", () => {
      const publish = script.indexOf("pnpm changeset publish");
      const push = script.indexOf("git push --follow-tags");
      const attach = script.indexOf("bash scripts/release-bundle.sh");
      expect(publish).toBeGreaterThan(0);
      expect(push).toBeGreaterThan(publish);
      expect(attach).toBeGreaterThan(push);
    });

    it("records the release in the data's history when versioning", () => {
      expect(script).toMatch(
        /node scripts\/data-changelog\.mjs --changes "\$bundle\/changes\.json"/,
      );
    });
  });

  it("the resolver rejects what does not exist (so the check above can fail)", () => {
    expect(unresolved("pnpm no-such-script")).toMatch(/no script/);
    expect(unresolved("pnpm --filter @leaks/schema no-such")).toMatch(/no script/);
    expect(unresolved("pnpm turbo run nope")).toMatch(/not in turbo.json/);
    expect(unresolved("bash .ci/missing")).toMatch(/does not exist/);
    expect(unresolved("pnpm leaks no-such-command")).toMatch(/no command/);
    expect(unresolved("pnpm -s leaks no-such-command")).toMatch(/no command/);
    expect(unresolved("pnpm -s leaks validate")).toBeUndefined();
    expect(unresolved("curl https://example.com")).toMatch(/unknown command/);
  });
});
