import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli, tempCopy } from "./run-cli.js";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    "git",
    [
      "-c",
      "user.name=Test",
      "-c",
      "user.email=test@example.org",
      "-c",
      "commit.gpgsign=false",
      ...args,
    ],
    { cwd, encoding: "utf8", env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1" } },
  );
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, "utf8");
  if (!text.includes(from)) throw new Error(`${from} is not in ${file}`);
  writeFileSync(file, text.replace(from, to));
}

/**
 * A repository whose data folder (corpus/data) has two commits: the export fixture, then
 * edits of every kind. Returns the repository's folder.
 */
function repository(): string {
  const temp = tempCopy();
  cleanups.push(temp.remove);
  const root = temp.dir;
  mkdirSync(join(root, "corpus"));
  const fixture = tempCopy("export");
  cleanups.push(fixture.remove);
  renameSync(join(fixture.dir, "data"), join(root, "corpus/data"));
  git(root, "init", "--quiet", "--initial-branch=main");
  git(root, "add", ".");
  git(root, "commit", "--quiet", "-m", "first");

  const data = join(root, "corpus/data");
  edit(
    join(data, "claims/harbour-leak/plans-shown.yaml"),
    'quote: "the minister showed the harbour plans, with a comma"',
    'quote: "the minister showed the harbour plans"',
  );
  edit(
    join(data, "claims/harbour-leak/plans-shown.yaml"),
    "standing: reported",
    "standing: retracted",
  );
  edit(join(data, "incidents/harbour-leak.yaml"), "  - harbour\n", "  - harbour\n  - delegation\n");
  edit(join(data, "sources/daily-report.yaml"), "  grade: C\n", "  grade: B\n");
  // Writing out a default is no change.
  edit(
    join(data, "sources/daily-report.yaml"),
    "published: 2020-03-02\n",
    "published: 2020-03-02\nlanguage: en\n",
  );
  writeFileSync(
    join(data, "actors/example-agency.yaml"),
    "id: example-agency\nkind: agency\nname: Example Agency\n",
  );
  rmSync(join(data, "actors/example-wire.yaml"));
  // A correction supersedes a claim, which stays.
  writeFileSync(
    join(data, "claims/harbour-leak/not-consulted-corrected.yaml"),
    readFileSync(join(data, "claims/harbour-leak/not-consulted.yaml"), "utf8")
      .replace("id: not-consulted", "id: not-consulted-corrected")
      .replace(
        "relations:\n  - type: supports\n    claim: plans-shown",
        "relations:\n  - type: supersedes\n    claim: not-consulted",
      ),
  );
  git(root, "add", "--all");
  git(root, "commit", "--quiet", "-m", "second");
  return root;
}

describe("leaks diff", () => {
  it("reports the records added, changed and removed as Markdown", () => {
    const root = repository();
    const run = runCli(["--data", "corpus/data", "diff", "HEAD~1"], root);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatchInlineSnapshot(`
      "## Records changed since \`HEAD~1\`

      **2 added, 4 changed, 1 removed**

      ### Incidents (1 record)

      | Record | Change | Fields |
      | --- | --- | --- |
      | \`harbour-leak\` | changed | \`tags\` |

      ### Claims (3 records)

      | Record | Change | Fields |
      | --- | --- | --- |
      | \`not-consulted-corrected\` | added | |
      | \`not-consulted\` | changed (retracted or superseded) | |
      | \`plans-shown\` | changed (retracted or superseded) | \`standing\`, \`appearances[0].quote\` |

      ### Actors (2 records)

      | Record | Change | Fields |
      | --- | --- | --- |
      | \`example-agency\` | added | |
      | \`example-wire\` | removed | |

      ### Sources (1 record)

      | Record | Change | Fields |
      | --- | --- | --- |
      | \`daily-report\` | changed | \`reliability.grade\` |
      "
    `);
  });

  it("reports them as JSON", () => {
    const root = repository();
    const run = runCli(["--data", "corpus/data", "diff", "main~1", "--format", "json"], root);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      added: [
        { kind: "claim", id: "not-consulted-corrected" },
        { kind: "actor", id: "example-agency" },
      ],
      removed: [{ kind: "actor", id: "example-wire" }],
      changed: [
        { kind: "incident", id: "harbour-leak", fields: ["tags"] },
        { kind: "claim", id: "not-consulted", fields: [], retracted: true },
        {
          kind: "claim",
          id: "plans-shown",
          fields: ["standing", "appearances[0].quote"],
          retracted: true,
        },
        { kind: "source", id: "daily-report", fields: ["reliability.grade"] },
      ],
      renamed: [],
    });
  });

  it("sees the working tree, from any folder of the repository", () => {
    const root = repository();
    edit(
      join(root, "corpus/data/actors/ruritania.yaml"),
      "name: Ruritania",
      "name: Kingdom of Ruritania",
    );
    const run = runCli(
      ["--data", "data", "diff", "HEAD", "--format", "json"],
      join(root, "corpus"),
    );
    expect(JSON.parse(run.stdout)).toEqual({
      added: [],
      removed: [],
      changed: [{ kind: "actor", id: "ruritania", fields: ["name"] }],
      renamed: [],
    });
  });

  describe("a renamed or merged record, with its redirect", () => {
    /** The claim plans-shown renamed plans-displayed (file moved, references changed), and the actor example-agency merged into ruritania. */
    function renameAndMerge(root: string): void {
      const data = join(root, "corpus/data");
      const claims = join(data, "claims/harbour-leak");
      git(
        root,
        "mv",
        "corpus/data/claims/harbour-leak/plans-shown.yaml",
        "corpus/data/claims/harbour-leak/plans-displayed.yaml",
      );
      for (const file of [
        join(claims, "plans-displayed.yaml"),
        join(claims, "not-consulted.yaml"),
        join(claims, "not-consulted-corrected.yaml"),
        join(data, "incidents/harbour-leak.yaml"),
      ])
        writeFileSync(
          file,
          readFileSync(file, "utf8").replaceAll("plans-shown", "plans-displayed"),
        );
      edit(join(claims, "plans-displayed.yaml"), "standing: retracted", "standing: reported");
      rmSync(join(data, "actors/example-agency.yaml"));
      writeFileSync(
        join(data, "redirects.yaml"),
        [
          "redirects:",
          "  - { kind: claim, from: plans-shown, to: plans-displayed, reason: renamed, date: 2024-02-01 }",
          "  - { kind: actor, from: example-agency, to: ruritania, reason: merged, date: 2024-02-01 }",
          "",
        ].join("\n"),
      );
    }

    it("is reported as renamed or merged, not as removed and added", () => {
      const root = repository();
      renameAndMerge(root);
      const run = runCli(["--data", "corpus/data", "diff", "HEAD", "--format", "json"], root);
      expect(run.stderr).toBe("");
      expect(JSON.parse(run.stdout)).toEqual({
        added: [],
        removed: [],
        // The references to the renamed claim, changed with it.
        changed: [
          { kind: "incident", id: "harbour-leak", fields: ["dates.happened.claims[0]"] },
          { kind: "claim", id: "not-consulted", fields: ["relations[0].claim"] },
        ],
        renamed: [
          {
            kind: "claim",
            from: "plans-shown",
            to: "plans-displayed",
            reason: "renamed",
            fields: ["standing"],
          },
          { kind: "actor", from: "example-agency", to: "ruritania", reason: "merged", fields: [] },
        ],
      });
      const markdown = runCli(["--data", "corpus/data", "diff", "HEAD"], root).stdout;
      expect(markdown).toContain("**0 added, 2 changed, 2 renamed or merged, 0 removed**");
      expect(markdown).toContain("| `plans-shown` | renamed to `plans-displayed` | `standing` |");
      expect(markdown).toContain("| `example-agency` | merged into `ruritania` | |");
    });

    it("without its redirect, the same change is a removal and an addition", () => {
      const root = repository();
      renameAndMerge(root);
      rmSync(join(root, "corpus/data/redirects.yaml"));
      const run = runCli(["--data", "corpus/data", "diff", "HEAD", "--format", "json"], root);
      const diff = JSON.parse(run.stdout);
      expect(diff.added).toEqual([{ kind: "claim", id: "plans-displayed" }]);
      expect(diff.removed).toEqual([
        { kind: "claim", id: "plans-shown" },
        { kind: "actor", id: "example-agency" },
      ]);
      expect(diff.renamed).toEqual([]);
    });
  });

  it("reports a record whose file no longer parses as changed as a whole", () => {
    const root = repository();
    writeFileSync(
      join(root, "corpus/data/actors/borduria.yaml"),
      "id: borduria\nname: [unclosed\n",
    );
    const run = runCli(["--data", "corpus/data", "diff", "HEAD", "--format", "json"], root);
    expect(JSON.parse(run.stdout).changed).toEqual([
      { kind: "actor", id: "borduria", fields: ["(whole record)"] },
    ]);
    expect(run.code).toBe(0);
  });

  it("says so when nothing changed", () => {
    const root = repository();
    const run = runCli(["--data", "corpus/data", "diff", "HEAD"], root);
    expect(run.stdout).toBe(
      "## Records changed since `HEAD`\n\nNo record was added, changed or removed.\n",
    );
    expect(run.code).toBe(0);
  });

  it.each([
    ["no-such-branch", "leaks: not a git revision: no-such-branch\n"],
    ["--output=/tmp/x", "leaks: not a git revision: --output=/tmp/x\n"],
  ])("exits 2 on a bad ref: %s", (ref, message) => {
    const root = repository();
    const run = runCli(["--data", "corpus/data", "diff", "--", ref], root);
    expect(run.stderr).toBe(message);
    expect(run.code).toBe(2);
  });

  it("exits 2 outside a git repository", () => {
    const temp = tempCopy("export");
    cleanups.push(temp.remove);
    const run = runCli(["diff", "HEAD"], temp.dir);
    expect(run.stderr).toMatch(/^leaks: .*not a git repository/i);
    expect(run.code).toBe(2);
  });

  it("has help with examples", () => {
    const run = runCli(["diff", "--help"], repository());
    expect(run.stdout).toContain("Usage: leaks diff [options] <git-ref>");
    expect(run.stdout).toContain("$ leaks diff origin/main");
    expect(run.code).toBe(0);
  });
});
