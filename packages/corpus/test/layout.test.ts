import { describe, expect, test } from "vitest";
import { placementOf, recordFilePath } from "../src/layout.js";

describe("the data layout, both ways", () => {
  test.each([
    [
      "incident",
      "2017-oval-office-disclosure",
      undefined,
      "incidents/2017-oval-office-disclosure.yaml",
    ],
    ["actor", "united-states", undefined, "actors/united-states.yaml"],
    ["source", "bbc-report", undefined, "sources/bbc-report.yaml"],
    [
      "claim",
      "laptop-ban-origin",
      "2017-oval-office-disclosure",
      "claims/2017-oval-office-disclosure/laptop-ban-origin.yaml",
    ],
  ] as const)("a %s %s lives at %s, and that path gives it back", (kind, id, folder, path) => {
    expect(recordFilePath(kind, id, folder)).toBe(path);
    const placement = placementOf(path);
    expect(placement).toEqual(
      folder === undefined ? { type: "record", kind, id } : { type: "record", kind, id, folder },
    );
  });

  test("a claim's path needs its first incident", () => {
    expect(() => recordFilePath("claim", "x")).toThrow(/first incident/);
  });

  test("paths that hold no record say what is wrong", () => {
    expect(placementOf("incidents/x.yml")).toEqual({
      type: "wrong-extension",
      suggestion: "x.yaml",
    });
    expect(placementOf("notes/readme.md")).toMatchObject({ type: "unknown", entry: "notes/" });
    expect(placementOf("claims/x.yaml")).toMatchObject({ type: "unknown", entry: "claims/x.yaml" });
  });
});
