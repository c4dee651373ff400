import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { classify } from "../../../scripts/classify-change.mjs";
import { renderSection } from "../../../scripts/data-changelog.mjs";
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

  it("says so when no record changed", () => {
    expect(renderSection("1.2.1", "2026-11-22", { added: [], removed: [], changed: [] })).toContain(
      "No record changed.",
    );
  });

  it("prepends a release to the changelog file, keeping the earlier ones", () => {
    const dir = mkdtempSync(join(tmpdir(), "data-changelog-"));
    const file = join(dir, "DATA-CHANGELOG.md");
    writeFileSync(
      file,
      "# Data changelog\n\nRecords added, changed and retracted in each release of `@leaks/corpus`.\n\n## 0.1.0 (2026-11-01)\n\nNo record changed.\n",
    );
    execFileSync(process.execPath, [join(ROOT, "scripts", "data-changelog.mjs"), "HEAD", file], {
      cwd: ROOT,
      stdio: "pipe",
    });
    const text = readFileSync(file, "utf8");
    const { version } = readJson<{ version: string }>("packages/corpus/package.json");
    expect(text.indexOf(`## ${version} (`)).toBeGreaterThan(0);
    expect(text.indexOf(`## ${version} (`)).toBeLessThan(text.indexOf("## 0.1.0"));
    expect(text.match(/# Data changelog/g)).toHaveLength(1);
    rmSync(dir, { recursive: true, force: true });
  });
});
