import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { RECORD_KINDS, RECORD_SCHEMAS } from "@leaks/schema";
import { afterEach, describe, expect, it } from "vitest";
import { objectFields, type SchemaNode } from "../../src/format/schema-walk.js";
import { runCli, tempCopy } from "./run-cli.js";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A temporary folder with an empty data tree, as the CLI is run from a project's root. */
function project(): string {
  const temp = tempCopy();
  cleanups.push(temp.remove);
  mkdirSync(join(temp.dir, "data"));
  return temp.dir;
}

describe("leaks new", () => {
  it("writes a claim in its incident's folder and says what to do next", () => {
    const dir = project();
    const run = runCli(
      ["new", "claim", "police-stop-sharing", "--incident", "manchester-leak"],
      dir,
    );
    expect(run.stdout).toMatchInlineSnapshot(`
      "Created data/claims/manchester-leak/police-stop-sharing.yaml
      Note: there is no incident "manchester-leak" yet: create it with leaks new incident manchester-leak
      Next: fill in every "" and every empty value, uncomment the optional fields you need, then run
        leaks validate data/claims/manchester-leak/police-stop-sharing.yaml
      "
    `);
    expect(run.code).toBe(0);
    const text = readFileSync(
      join(dir, "data/claims/manchester-leak/police-stop-sharing.yaml"),
      "utf8",
    );
    expect(text).toContain("\nid: police-stop-sharing\n");
    expect(text).toContain("\nincidents:\n  - manchester-leak\n");
  });

  it.each(RECORD_KINDS)("writes every field of the %s model, each explained", (kind) => {
    const dir = project();
    const args = kind === "claim" ? ["--incident", "some-incident"] : [];
    const run = runCli(["new", kind, `new-${kind}`, ...args], dir);
    expect(run.code).toBe(0);
    const folder = kind === "claim" ? "claims/some-incident" : `${kind}s`;
    const text = readFileSync(join(dir, "data", folder, `new-${kind}.yaml`), "utf8");
    const fields = objectFields(RECORD_SCHEMAS[kind] as unknown as SchemaNode) ?? [];
    for (const [name, field] of fields) {
      // Each field is written, live or commented out, below the words of its description.
      expect(text).toMatch(new RegExp(`^(# )?${name}:`, "m"));
      const description =
        field.description ?? (field._zod.def.innerType as SchemaNode | undefined)?.description;
      if (description !== undefined) expect(text.replace(/\n# /g, " ")).toContain(description);
    }
  });

  it.each(RECORD_KINDS)("points the %s template at its JSON Schema, already formatted", (kind) => {
    const dir = project();
    const args = kind === "claim" ? ["--incident", "some-incident"] : [];
    runCli(["new", kind, `new-${kind}`, ...args], dir);
    const folder = kind === "claim" ? "claims/some-incident" : `${kind}s`;
    const file = join(dir, "data", folder, `new-${kind}.yaml`);
    const modeline = readFileSync(file, "utf8").split("\n")[0] ?? "";
    const schemaPath = modeline.replace("# yaml-language-server: $schema=", "");
    expect(schemaPath).toMatch(new RegExp(`/json-schema/${kind}\\.json$`));
    expect(existsSync(join(dir, "data", folder, schemaPath))).toBe(true);
    const check = runCli(["fmt", "--check", `data/${folder}/new-${kind}.yaml`], dir);
    expect(check.stdout).toBe("✔ 1 file checked: all formatted (nothing written)\n");
  });

  it("leaves a template that validate rejects at each value still to fill in", () => {
    const dir = project();
    runCli(["new", "actor", "greater-manchester-police"], dir);
    const run = runCli(["validate", "data/actors/greater-manchester-police.yaml"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout.split("\n").filter((line) => line.startsWith("✖ data/"))).toEqual([
      expect.stringMatching(
        /^✖ data\/actors\/greater-manchester-police\.yaml:\d+:7 kind invalid-value: /,
      ),
      expect.stringMatching(
        /^✖ data\/actors\/greater-manchester-police\.yaml:\d+:7 name out-of-range: /,
      ),
    ]);
  });

  it('leaves a number empty, not "", and says to write it without quotes', () => {
    const dir = project();
    runCli(["new", "claim", "police-stop-sharing", "--incident", "manchester-leak"], dir);
    const file = "data/claims/manchester-leak/police-stop-sharing.yaml";
    const text = readFileSync(join(dir, file), "utf8");
    expect(text).toContain(
      "  # cannot be judged. A number without quotes, one of: 1, 2, 3, 4, 5, 6. Required.\n  grade:\n",
    );
    expect(text).toMatch(
      /Write a number without quotes\. Optional;\n#\s+# defaults to unknown\.\n#\s+# count:\n/,
    );
    // No field that takes only numbers (or a number and a few words) is given "" to fill in.
    expect(text).not.toMatch(/^\s*(# )*(grade|count): ""/m);
    const gradeLine = text.split("\n").indexOf("  grade:") + 1;
    const run = runCli(["validate", file], dir);
    expect(run.stdout).toContain(
      `✖ ${file}:${gradeLine}:3 credibility.grade invalid-value: an empty value is not allowed → use one of: 1, 2, 3, 4, 5, 6\n`,
    );
    writeFileSync(join(dir, file), text.replace("  grade:\n", '  grade: "3"\n'));
    expect(runCli(["validate", file], dir).stdout).toContain(
      `✖ ${file}:${gradeLine}:10 credibility.grade invalid-value: "3" is a string, not the number 3 → write 3 without quotes\n`,
    );
  });

  it("refuses to replace a record, or to add one whose id looks like another's", () => {
    const dir = project();
    mkdirSync(join(dir, "data/sources"));
    const existing = join(dir, "data/sources/bbc-report.yaml");
    writeFileSync(existing, "id: bbc-report\n");
    const same = runCli(["new", "source", "bbc-report"], dir);
    expect(same.stderr).toBe(
      'leaks: a source with the id "bbc-report" or one that looks like it already exists: data/sources/bbc-report.yaml\n' +
        "  Nothing was written; choose another id, or edit that file.\n",
    );
    expect(same.code).toBe(1);
    expect(readFileSync(existing, "utf8")).toBe("id: bbc-report\n");
    const lookalike = runCli(["new", "source", "bbc-rep0rt"], dir);
    expect(lookalike.code).toBe(1);
    expect(existsSync(join(dir, "data/sources/bbc-rep0rt.yaml"))).toBe(false);
  });

  it("refuses a claim id used under another incident", () => {
    const dir = project();
    runCli(["new", "claim", "shared-id", "--incident", "first-incident"], dir);
    const run = runCli(["new", "claim", "shared-id", "--incident", "second-incident"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("data/claims/first-incident/shared-id.yaml");
  });

  it.each([
    [
      ["new", "claim", "Bad_Id", "--incident", "x"],
      'leaks: the id "Bad_Id" is not valid: an id is lowercase letters a-z and digits in words joined by single hyphens, e.g. 2017-oval-office-disclosure\n',
    ],
    [
      ["new", "claim", "orphan"],
      "leaks: a claim needs --incident <id>: claims live in claims/<incident-id>/, the folder of their first incident\n",
    ],
    [
      ["new", "actor", "someone", "--incident", "x"],
      "leaks: --incident is for claims only, not for a new actor\n",
    ],
    [
      ["new", "person", "someone"],
      "error: command-argument value 'person' is invalid for argument 'kind'. Allowed choices are incident, claim, actor, source.\n(run with --help for usage)\n",
    ],
  ])("exits 2 on a usage error: %j", (args, message) => {
    const dir = project();
    const run = runCli(args, dir);
    expect(run.stderr).toBe(message);
    expect(run.code).toBe(2);
  });

  it("has help with examples", () => {
    const run = runCli(["new", "--help"], project());
    expect(run.stdout).toContain("Usage: leaks new [options] <kind> <id>");
    expect(run.stdout).toContain(
      "$ leaks new claim police-stop-sharing --incident 2017-manchester-arena-leak",
    );
    expect(run.code).toBe(0);
  });

  it("`leaks help new` shows the same help and exits 0", () => {
    const run = runCli(["help", "new"], project());
    expect(run.stdout).toContain("Usage: leaks new [options] <kind> <id>");
    expect(run.code).toBe(0);
  });
});
