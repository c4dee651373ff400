import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { fixtureCorpus } from "../support/fixture-corpus.js";
import { runCli } from "../support/run-cli.js";

let cleanup = () => {};
afterEach(() => cleanup());

function corpus(name: string): string {
  const made = fixtureCorpus(name);
  cleanup = made.cleanup;
  return made.root;
}

const validate = (cwd: string) => runCli(["validate", "--today", "2024-01-01"], { cwd });

describe("leaks validate says each thing once, in plain words", () => {
  test("a file that fails its schema or its YAML brings no error in the records naming it", () => {
    const root = corpus("referenced-record-invalid");
    const first = validate(root);
    expect(first.status).toBe(1);
    expect(first.stdout).toMatchInlineSnapshot(`
      "✖ data/actors/example-daily.yaml:2:7 kind invalid-value: string "newspaper" is not allowed → use one of: "person", "state", "government", "agency", "military", "organisation", "media-outlet", "alliance", "other"
      ✖ data/incidents/example-leak.yaml:9:1 yaml-syntax: Flow sequence in block collection must be sufficiently indented and end with a ] → fix the YAML at this position (check indentation, a missing colon, or quote text that contains \`: \` or starts with a special character)
      ✖ 2 errors in 2 files (9 records checked)
      "
    `);
    // The next run reuses the last one's findings, and must say the same.
    expect(validate(root).stdout).toBe(first.stdout);
    writeFileSync(
      join(root, "data/actors/example-daily.yaml"),
      "id: example-daily\nkind: media-outlet\nname: Example Daily\n",
    );
    expect(validate(root).stdout).toMatchInlineSnapshot(`
      "✖ data/incidents/example-leak.yaml:9:1 yaml-syntax: Flow sequence in block collection must be sufficiently indented and end with a ] → fix the YAML at this position (check indentation, a missing colon, or quote text that contains \`: \` or starts with a special character)
      ✖ 1 error in 1 file (9 records checked)
      "
    `);
  });

  test("an opinion called confirmed gets one problem with one fix, not two that disagree", () => {
    const run = validate(corpus("opinion-called-confirmed"));
    expect(run.status).toBe(1);
    expect(run.stdout).toMatchInlineSnapshot(`
      "✖ data/claims/example-leak/consent-row-view.yaml:8:11 standing opinion-standing: an opinion cannot be "confirmed" → set the standing to "alleged" (or "disputed"); if the claim is a checkable fact, record it as a separate claim with its own nature
      ✖ 1 error in 1 file (10 records checked)
      "
    `);
  });

  test("a grade in quotes is located at the value, and the hint writes it as it should be", () => {
    const run = validate(corpus("grade-in-quotes"));
    expect(run.status).toBe(1);
    expect(run.stdout).toMatchInlineSnapshot(`
      "✖ data/claims/example-leak/briefing-shared.yaml:12:10 credibility.grade invalid-value: "3" is a string, not the number 3 → write 3 without quotes
      ✖ data/sources/example-relay.yaml:10:10 reliability.grade invalid-value: string "3" is not allowed → use one of: "A", "B", "C", "D", "E", "F"
      ✖ 2 errors in 2 files (9 records checked)
      "
    `);
  });

  test("an unknown actor is spoken of as an actor", () => {
    const run = validate(corpus("rule-problems"));
    expect(run.stdout).toMatchInlineSnapshot(`
      "✖ data/claims/example-leak/unsourced.yaml:6:10 claimant.actor unknown-reference: no actor "ruritanian-ministry" → add an actor with the id "ruritanian-ministry", or correct the id
      ✖ data/claims/example-leak/unsourced.yaml:17:13 appearances[1].source unknown-reference: no source "example-wire-report" (did you mean "example-report"?) → replace "example-wire-report" with "example-report", or add a source with the id "example-wire-report"
      ✖ 2 errors in 1 file (10 records checked)
      "
    `);
  });
});
