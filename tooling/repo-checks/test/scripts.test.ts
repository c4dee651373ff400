import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { classify } from "../../../scripts/classify-change.mjs";
import {
  CHANGELOG,
  readHistory,
  refusedBump,
  renderChangelog,
  renderSection,
} from "../../../scripts/data-changelog.mjs";
import { pnpmCommand } from "../../../scripts/lib/package-check.mjs";
import { ROOT, readJson } from "./repo.js";

describe("classify-change", () => {
  it("calls a change data-only when it touches only records and snapshots", () => {
    expect(
      classify([
        "packages/corpus/data/claims/x/y.yaml",
        "packages/corpus/archive/z.txt",
        ".changeset/a.md",
      ]).kind,
    ).toBe("data-only");
  });

  it("names every area a mixed change touches", () => {
    expect(
      classify([
        "packages/schema/src/models/claim.ts",
        "apps/dossier/src/app/page.tsx",
        "packages/corpus/data/a.yaml",
      ]).kind,
    ).toBe("schema + site");
    expect(classify(["README.md"]).kind).toBe("tooling");
  });

  it("exits 2 with a message on a ref git does not know", () => {
    const run = () =>
      execFileSync(
        process.execPath,
        [join(ROOT, "scripts", "classify-change.mjs"), "no-such-ref-anywhere"],
        {
          cwd: ROOT,
          stdio: "pipe",
        },
      );
    expect(run).toThrow(/cannot diff against "no-such-ref-anywhere"/);
  });
});

describe("data-changelog", () => {
  it("renders added, changed, retracted and removed records under the version", () => {
    const section = renderSection("1.2.0", "2026-11-21", {
      added: [{ kind: "claim", id: "new-claim" }],
      removed: [{ kind: "source", id: "gone" }],
      changed: [
        { kind: "claim", id: "edited", fields: ["statement", "appearances[0].quote"] },
        { kind: "claim", id: "withdrawn", fields: ["standing"], retracted: true },
      ],
    });
    expect(section).toMatchInlineSnapshot(`
      "## 1.2.0 (2026-11-21)

      ### Added

      - claim \`new-claim\`

      ### Changed

      - claim \`edited\`: statement, appearances[0].quote

      ### Retracted or superseded

      - claim \`withdrawn\`

      ### Removed

      - source \`gone\`
      "
    `);
  });

  it("says so when there was no earlier release and every record is added", () => {
    const section = renderSection("1.0.0", "2026-12-02", {
      note: "No earlier release of @leaks/corpus was found (no @leaks/corpus@* tag): every record is listed as added.",
      added: [{ kind: "incident", id: "first" }],
      removed: [],
      changed: [],
    });
    expect(section.split("\n").slice(0, 6)).toEqual([
      "## 1.0.0 (2026-12-02)",
      "",
      "No earlier release of @leaks/corpus was found (no @leaks/corpus@* tag): every record is listed as added.",
      "",
      "### Added",
      "",
    ]);
  });

  it("refuses a minor or patch version when records were removed or renamed", () => {
    const removed = { added: [], changed: [], removed: [{ kind: "claim", id: "gone" }] };
    expect(refusedBump("1.2.0", "1.3.0", removed)).toMatch(/claim gone.*needs a major version/);
    expect(refusedBump("1.2.0", "1.2.1", removed)).toBeDefined();
    expect(refusedBump("1.2.0", "2.0.0", removed)).toBeUndefined();
    expect(refusedBump("1.2.0", "1.3.0", { ...removed, removed: [] })).toBeUndefined();
    expect(refusedBump(undefined, "1.0.0", removed)).toBeUndefined();
  });

  it("lists renamed and merged records, and counts them as breaking: a major version", () => {
    const renamed = {
      added: [],
      changed: [],
      removed: [],
      renamed: [
        { kind: "claim", from: "old-id", to: "new-id", reason: "renamed", fields: ["statement"] },
        { kind: "actor", from: "twin", to: "original", reason: "merged", fields: [] },
      ],
    };
    expect(renderSection("2.0.0", "2026-12-02", renamed)).toContain(
      "### Renamed or merged\n\n- claim `old-id` renamed `new-id`: statement\n- actor `twin` merged into `original`\n",
    );
    expect(refusedBump("1.2.0", "1.3.0", renamed)).toMatch(
      /claim old-id renamed new-id, actor twin merged into original\): that needs a major version/,
    );
    expect(refusedBump("1.2.0", "2.0.0", renamed)).toBeUndefined();
  });

  it("says so when no record changed", () => {
    expect(renderSection("1.2.1", "2026-11-22", { added: [], removed: [], changed: [] })).toContain(
      "No record changed.",
    );
  });

  it("records a release in the history and writes the changelog from it, newest first", () => {
    const dir = mkdtempSync(join(tmpdir(), "data-changelog-"));
    try {
      const history = join(dir, "history");
      const changelog = join(dir, "DATA-CHANGELOG.md");
      const script = join(ROOT, "scripts", "data-changelog.mjs");
      const record = (version: string, date: string, changes: object) => {
        const file = join(dir, `changes-${version}.json`);
        writeFileSync(file, JSON.stringify(changes));
        return spawnSync(
          process.execPath,
          [
            script,
            "--changes",
            file,
            "--version",
            version,
            "--date",
            date,
            "--history",
            history,
            "--changelog",
            changelog,
          ],
          { cwd: ROOT, encoding: "utf8" },
        );
      };
      const scoped = { incidents: ["an-incident"], relationships: [] };
      expect(
        record("0.1.0", "2026-11-01", {
          since: null,
          added: [{ kind: "incident", id: "an-incident", ...scoped }],
          changed: [],
          removed: [],
        }).status,
      ).toBe(0);
      expect(
        record("0.2.0", "2026-11-21", {
          since: "@leaks/corpus@0.1.0",
          added: [],
          changed: [{ kind: "incident", id: "an-incident", fields: ["title"], ...scoped }],
          removed: [],
        }).status,
      ).toBe(0);
      expect(JSON.parse(readFileSync(join(history, "0.2.0.json"), "utf8"))).toMatchObject({
        version: "0.2.0",
        date: "2026-11-21",
        changed: [{ id: "an-incident", fields: ["title"], incidents: ["an-incident"] }],
      });
      const text = readFileSync(changelog, "utf8");
      expect(text.match(/# Data changelog/g)).toHaveLength(1);
      expect(text.indexOf("## 0.2.0 (2026-11-21)")).toBeGreaterThan(0);
      expect(text.indexOf("## 0.2.0")).toBeLessThan(text.indexOf("## 0.1.0 (2026-11-01)"));
      expect(text).toContain("- incident `an-incident`: title");

      // A removal in a minor version is refused, and nothing is recorded.
      const refused = record("0.3.0", "2026-11-22", {
        since: "@leaks/corpus@0.2.0",
        added: [],
        changed: [],
        removed: [{ kind: "incident", id: "an-incident", ...scoped }],
      });
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/needs a major version, not 0\.3\.0/);
      expect(existsSync(join(history, "0.3.0.json"))).toBe(false);

      // --check: the changelog edited by hand no longer matches its history.
      const check = () =>
        spawnSync(
          process.execPath,
          [script, "--check", "--history", history, "--changelog", changelog],
          {
            encoding: "utf8",
          },
        );
      expect(check().status).toBe(0);
      writeFileSync(changelog, `${text}\n- claim \`edited-by-hand\`\n`);
      expect(check().status).toBe(1);
      expect(check().stderr).toMatch(/is not what .* gives: run node scripts\/data-changelog\.mjs/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the checked-in changelog is what the checked-in history gives", () => {
    const entries = readHistory();
    expect(entries.map((entry) => entry.version)).toContain("0.0.0");
    expect(readFileSync(CHANGELOG, "utf8")).toBe(renderChangelog(entries));
  });

  it("refuses a history file it cannot use, naming the file and what to fix", () => {
    const dir = mkdtempSync(join(tmpdir(), "data-history-"));
    try {
      writeFileSync(
        join(dir, "1.0.0.json"),
        JSON.stringify({
          version: "1.0.0",
          date: "2026-12-02",
          added: [{ kind: "claim", id: "x" }],
          changed: [],
          removed: [],
        }),
      );
      expect(() => readHistory(dir)).toThrow(
        /1\.0\.0\.json: added\[0\]\.incidents must be a list of ids/,
      );
      writeFileSync(
        join(dir, "1.0.0.json"),
        JSON.stringify({ version: "1.0.1", date: "2026-12-02" }),
      );
      expect(() => readHistory(dir)).toThrow(/1\.0\.0\.json: its "version" is "1\.0\.1"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("release-bundle.sh (the data release's assets)", () => {
  it("builds the bundle as an archive with its datapackage, and the single files beside it", () => {
    const run = spawnSync("bash", [join(ROOT, "scripts", "release-bundle.sh"), "--dry-run"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    const { version } = readJson<{ version: string }>("packages/corpus/package.json");
    const tag = `@leaks/corpus@${version}`;
    const upload = run.stdout
      .split("\n")
      .find((line) => line.startsWith(`gh release upload ${tag} --clobber `));
    expect(upload).toBeDefined();
    const assets = (upload ?? "").split(" ").slice(5);
    const work = dirname(assets[0] ?? "");
    try {
      expect(assets.map((asset) => asset.split("/").pop())).toEqual([
        `leaks-corpus-${version}.tar.gz`,
        "leaks-corpus.json",
        "leaks-corpus.ndjson",
        "leaks-corpus.jsonld",
        "leaks-corpus.sqlite",
        "changes.json",
        "datapackage.json",
      ]);
      for (const asset of assets) expect(existsSync(asset), asset).toBe(true);
      const listed = execFileSync("tar", ["-tzf", assets[0] ?? ""], { encoding: "utf8" }).split(
        "\n",
      );
      const datapackage = JSON.parse(
        readFileSync(join(work, `leaks-corpus-${version}`, "datapackage.json"), "utf8"),
      );
      for (const resource of datapackage.resources as { path: string }[])
        expect(listed).toContain(`leaks-corpus-${version}/${resource.path}`);
      expect(run.stdout).toContain(`gh release create ${tag} --title ${tag} --notes-file`);
      // The notes are this version's section of the data changelog.
      const entry = readHistory().find((e) => e.version === version);
      expect(entry, `packages/corpus/history/${version}.json`).toBeDefined();
      const section = renderSection(version, entry?.date ?? "", entry ?? {}).split("\n");
      const notes = readFileSync(join(work, "notes.md"), "utf8");
      expect(notes).toContain(section.slice(2).join("\n").trim());
    } finally {
      if (work.startsWith(tmpdir())) rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("pnpm leaks, from any folder of the repository", () => {
  const INCIDENT = "packages/corpus/data/incidents/2017-oval-office-disclosure.yaml";
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !name.startsWith("npm_") && name !== "INIT_CWD" && name !== "NO_COLOR",
    ),
  );

  function pnpm(folder: string, ...args: string[]) {
    const [command = "pnpm", ...prefix] = pnpmCommand();
    const result = spawnSync(command, [...prefix, ...args], {
      cwd: join(ROOT, folder),
      encoding: "utf8",
      env: { ...env, FORCE_COLOR: "0" },
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  /** The paths the help's examples name, which must exist from where it was asked for. */
  function examplePaths(help: string): string[] {
    return help
      .split("\n")
      .filter((line) => /^\s+\$ (pnpm )?leaks (fmt|validate) /.test(line))
      .flatMap((line) => line.trim().split(/\s+/).slice(1))
      .filter((word) => word.includes("/"));
  }

  for (const folder of ["packages/corpus", "packages/corpus/data/claims", "apps/dossier"]) {
    const incident = relative(join(ROOT, folder), join(ROOT, INCIDENT));

    describe(`from ${folder}`, () => {
      it("pnpm -s leaks prints the CLI's output alone, paths read from that folder", () => {
        const run = pnpm(folder, "-s", "leaks", "--no-color", "fmt", "--check", incident);
        expect(run.stdout).toBe("✔ 1 file checked: all formatted (nothing written)\n");
        expect(run.status).toBe(0);
      });

      it("pnpm leaks (with pnpm's banner) runs the CLI, and exits as the CLI does", () => {
        const run = pnpm(folder, "leaks", "--no-color", "fmt", "--check", incident);
        expect(run.stdout).toMatch(/(^|\n)✔ 1 file checked: all formatted \(nothing written\)\n$/);
        expect(run.stdout + run.stderr).not.toMatch(/undefined|not found/);
        expect(run.status).toBe(0);
        // A path from the repository's root is not a path from here.
        const elsewhere = pnpm(folder, "-s", "leaks", "--no-color", "fmt", "--check", INCIDENT);
        expect(elsewhere.stderr).toBe(`leaks: no such file or folder: ${INCIDENT}\n`);
        expect(elsewhere.status).toBe(2);
      });

      it("pnpm -s leaks validate keeps the report, and its exit code", () => {
        const run = pnpm(folder, "-s", "leaks", "validate", "--format", "json");
        const report = JSON.parse(run.stdout) as { problems: { severity: string }[] };
        const errors = report.problems.filter((p) => p.severity === "error");
        expect(run.status).toBe(errors.length === 0 ? 0 : 1);
      });

      it("the help's examples name paths that exist from there", () => {
        const help = pnpm(folder, "-s", "leaks", "fmt", "--help").stdout;
        const paths = examplePaths(help);
        expect(paths).toHaveLength(2);
        for (const path of paths) expect(existsSync(join(ROOT, folder, path)), path).toBe(true);
      });
    });
  }

  it("runs the CLI where it was typed, inside a workspace package's own script", () => {
    const help = pnpm("packages/corpus/data/claims", "-s", "leaks", "fmt", "--help").stdout;
    expect(help).toContain("$ pnpm leaks fmt ../claims/2017-oval-office-disclosure/");
  });
});
