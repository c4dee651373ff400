import { describe, expect, test } from "vitest";
import { formatPath, parseRecord, parseRedirects } from "../src/index.js";
import { loadRecordFixtures, strayExpectations } from "./support/record-fixtures.js";

const fixtures = loadRecordFixtures();
const valid = fixtures.filter((fixture) => fixture.valid);
const invalid = fixtures.filter((fixture) => !fixture.valid);

test("there are valid and invalid fixtures of every record kind", () => {
  for (const kind of ["incident", "claim", "actor", "source"]) {
    expect(valid.filter((fixture) => fixture.kind === kind).length).toBeGreaterThanOrEqual(2);
    expect(invalid.filter((fixture) => fixture.kind === kind).length).toBeGreaterThanOrEqual(4);
  }
  expect(strayExpectations()).toEqual([]);
});

describe("a valid record parses without problems", () => {
  test.each(valid.map((fixture) => [fixture.file, fixture] as const))("%s", (_, fixture) => {
    expect(fixture.expected.problems).toEqual([]);
    const result = parseRecord(fixture.kind, fixture.data);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe("an invalid record gives exactly the expected problems", () => {
  test.each(invalid.map((fixture) => [fixture.file, fixture] as const))("%s", (_, fixture) => {
    expect(fixture.expected.problems.length).toBeGreaterThan(0);
    const result = parseRecord(fixture.kind, fixture.data);
    expect(result.ok).toBe(false);
    expect(
      result.problems.map((problem) => ({ code: problem.code, path: formatPath(problem.path) })),
    ).toEqual(fixture.expected.problems);
    const id = (fixture.data as { id?: unknown }).id;
    for (const problem of result.problems) {
      expect(problem.severity).toBe("error");
      expect(problem.recordKind).toBe(fixture.kind);
      expect(problem.recordId).toBe(id);
      expect(problem.message).not.toBe("");
      expect(problem.hint).not.toBe("");
    }
  });
});

describe("a kind that is none of the record kinds", () => {
  test("is an unknown-kind problem, never a thrown error", () => {
    const cases: [unknown, string][] = [
      ["incidnet", 'did you mean "incident"?'],
      ["toString", "give one of incident, claim, actor, source"],
      [undefined, "give one of incident, claim, actor, source"],
    ];
    for (const [kind, hint] of cases) {
      const result = parseRecord(kind as "incident", { id: "x" });
      expect(result.ok).toBe(false);
      expect(result.problems.map((p) => [p.code, p.severity])).toEqual([["unknown-kind", "error"]]);
      expect(result.problems[0]?.hint).toContain(hint);
    }
  });
});

describe("parseRedirects", () => {
  test("gives back the redirects of a valid file, and located problems of a bad one", () => {
    const entry = {
      kind: "claim",
      from: "old-claim",
      to: "new-claim",
      reason: "renamed",
      date: "2024-01-02",
    };
    const good = parseRedirects({ redirects: [entry] });
    expect(good.ok && good.redirects).toEqual([entry]);
    const bad = parseRedirects({ redirects: [{ ...entry, reason: "moved", date: "2024-02-30" }] });
    expect(bad.ok).toBe(false);
    expect(bad.problems.map((p) => [p.code, p.path.join(".")])).toEqual([
      ["invalid-value", "redirects.0.reason"],
      ["invalid-format", "redirects.0.date"],
    ]);
  });
});
