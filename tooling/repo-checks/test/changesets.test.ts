import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkChangesetText, workspacePackages } from "../../../scripts/check-changesets.mjs";
import { ROOT } from "./repo.js";

const SCRIPT = join(ROOT, "scripts", "check-changesets.mjs");
const FIXTURES = join("tooling", "repo-checks", "test", "fixtures", "changesets");

function checkFolder(folder: string) {
  const result = spawnSync(process.execPath, [SCRIPT, folder], { cwd: ROOT, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let packages: Awaited<ReturnType<typeof workspacePackages>>;
beforeAll(async () => {
  packages = await workspacePackages(ROOT);
});

/** The codes and lines of the problems of a fixture. */
function problemsOf(name: string) {
  const file = join(FIXTURES, name);
  return checkChangesetText(readFileSync(join(ROOT, file), "utf8"), { file, packages }).map(
    ({ code, line, message, hint }) => ({ code, line, message, hint }),
  );
}

describe("the changeset check", () => {
  it("knows the published and the private packages of the workspace", () => {
    expect(packages.published).toEqual(["@leaks/corpus", "@leaks/schema"]);
    expect(packages.private).toEqual(
      expect.arrayContaining(["@leaks/dossier", "@leaks/repo-checks"]),
    );
  });

  it("passes the repository's own changesets", () => {
    const count = readdirSync(join(ROOT, ".changeset")).filter(
      (name) => name.endsWith(".md") && name !== "README.md",
    ).length;
    const { status, stdout } = checkFolder(".changeset");
    expect(stdout).toBe(`✔ ${count} changesets checked: all valid\n`);
    expect(status).toBe(0);
  });

  it("passes the example CONTRIBUTING.md gives of a changeset written by hand", () => {
    const text = readFileSync(join(ROOT, "CONTRIBUTING.md"), "utf8");
    const lead = text.indexOf("write the file by hand");
    expect(lead).toBeGreaterThan(0);
    const fence = text.indexOf("```md\n", lead);
    expect(fence).toBeGreaterThan(lead);
    const start = fence + "```md\n".length;
    const block = text.slice(start, text.indexOf("\n```", start));
    const firstLine = text.slice(0, start).split("\n").length;
    expect(block).toMatch(/^---\n"@leaks\/corpus": minor\n---\n\n\S/);
    expect(checkChangesetText(block, { file: "CONTRIBUTING.md", packages, firstLine })).toEqual([]);
  });

  it("passes a valid changeset among the fixtures", () => {
    expect(problemsOf("valid.md")).toEqual([]);
  });

  it("points at a frontmatter a Markdown formatter turned into a heading", () => {
    expect(problemsOf("frontmatter-as-heading.md")).toEqual([
      {
        code: "changeset-frontmatter",
        line: 3,
        message:
          '"## "@leaks/corpus": minor" is a Markdown heading, not frontmatter (a Markdown formatter rewrites frontmatter it does not parse)',
        hint: 'write the frontmatter as three lines, ---, "@leaks/corpus": minor and ---, then a blank line and the summary',
      },
    ]);
  });

  it("refuses a frontmatter that is missing, never closed or not YAML, at its line", () => {
    expect(problemsOf("frontmatter-missing.md")).toMatchObject([
      {
        code: "changeset-frontmatter",
        line: 1,
        message: expect.stringContaining("does not start"),
      },
    ]);
    expect(problemsOf("frontmatter-not-closed.md")).toMatchObject([
      { code: "changeset-frontmatter", line: 1, message: expect.stringContaining("never closed") },
    ]);
    expect(problemsOf("frontmatter-not-yaml.md")).toMatchObject([
      {
        code: "changeset-frontmatter",
        line: 3,
        message: "the frontmatter is not valid YAML: bad indentation of a mapping entry",
      },
    ]);
    expect(problemsOf("empty-file.md")).toMatchObject([
      { code: "changeset-frontmatter", line: 1, message: "the file is empty" },
    ]);
  });

  it("names an unknown package with the one it meant", () => {
    expect(problemsOf("unknown-package.md")).toEqual([
      {
        code: "changeset-unknown-package",
        line: 3,
        message: 'no package "@leaks/corups" in this workspace (did you mean "@leaks/corpus"?)',
        hint: 'write "@leaks/corpus"',
      },
    ]);
  });

  it("refuses a private package, which is never released", () => {
    expect(problemsOf("private-package.md")).toEqual([
      {
        code: "changeset-private-package",
        line: 2,
        message:
          '"@leaks/repo-checks" is private: it is never published, so it has no version to bump',
        hint: 'remove this line; a change to private packages alone needs no changeset (published: "@leaks/corpus", "@leaks/schema")',
      },
    ]);
  });

  it("refuses every bump but major, minor and patch, each at its line", () => {
    expect(problemsOf("invalid-bump.md")).toEqual([
      {
        code: "changeset-invalid-bump",
        line: 2,
        message: '"@leaks/corpus" has the bump "minr" (did you mean "minor"?)',
        hint: 'write major, minor or patch, as CONTRIBUTING.md\'s "Versioning of the data" says',
      },
      {
        code: "changeset-invalid-bump",
        line: 3,
        message: '"@leaks/schema" has the bump "none"',
        hint: "remove this line: a package with nothing to release needs no line",
      },
    ]);
  });

  it("refuses a changeset without a summary or without a package", () => {
    expect(problemsOf("empty-summary.md")).toMatchObject([
      { code: "changeset-empty-summary", line: 4 },
    ]);
    expect(problemsOf("no-package.md")).toMatchObject([{ code: "changeset-no-package", line: 1 }]);
  });

  it("prints one line per problem with file and line, and exits 1", () => {
    const { status, stdout } = checkFolder(FIXTURES);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toContain(
      `✖ ${FIXTURES}/unknown-package.md:3 changeset-unknown-package: no package "@leaks/corups" in this workspace (did you mean "@leaks/corpus"?) → write "@leaks/corpus"`,
    );
    expect(lines.at(-1)).toBe("✖ 10 of 11 changesets with problems");
    expect(lines).toHaveLength(12);
    expect(status).toBe(1);
  });

  it("exits 2 on a folder that does not exist", () => {
    const { status, stderr } = checkFolder("no-such-folder");
    expect(stderr).toBe("check-changesets: no folder no-such-folder\n");
    expect(status).toBe(2);
  });
});
