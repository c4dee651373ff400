import { execFileSync } from "node:child_process";
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
  permissions?: unknown;
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
      expect.arrayContaining(["ci.yml", "pull-request.yml", "release.yml"]),
    );
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
