import { describe, expect, test } from "vitest";
import { FileLocator, locate } from "../../src/loader/index.js";

const TEXT = `id: example
claimant:
  kind: actor
appearances:
  - source: a-source
    quote: "a quote"
  - { source: b-source, quote: other }
notes:
`;

describe("locate", () => {
  test("points at a value, in block and flow collections", () => {
    expect(locate("x.yaml", TEXT, ["id"])).toEqual({ line: 1, column: 5 });
    expect(locate("x.yaml", TEXT, ["appearances", 0, "quote"])).toEqual({ line: 6, column: 12 });
    expect(locate("x.yaml", TEXT, ["appearances", 1, "quote"])).toEqual({ line: 7, column: 32 });
  });

  test("points at the key when asked (unknown and forbidden keys)", () => {
    expect(locate("x.yaml", TEXT, ["appearances", 0, "quote"], { key: true })).toEqual({
      line: 6,
      column: 5,
    });
  });

  test("a missing field points at its parent's key; at the root, at the record", () => {
    expect(locate("x.yaml", TEXT, ["claimant", "actor"])).toEqual({ line: 2, column: 1 });
    expect(locate("x.yaml", TEXT, ["appearances", 0, "locator"])).toEqual({ line: 5, column: 5 });
    expect(locate("x.yaml", TEXT, ["title"])).toEqual({ line: 1, column: 1 });
  });

  test("a key without a value points at the key", () => {
    expect(locate("x.yaml", TEXT, ["notes"])).toEqual({ line: 8, column: 1 });
  });

  test("columns count UTF-16 code units, as editors and SARIF do", () => {
    expect(locate("y.yaml", `title: "Łódź – 🚀"\nid: x\n`, ["id"])).toEqual({ line: 2, column: 5 });
    expect(locate("y.yaml", `a: ["🚀", b]\n`, ["a", 1])).toEqual({ line: 1, column: 11 });
  });
});

describe("locating in one very large mapping", () => {
  test("every key of a 20,000-key mapping is found at its own line", () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}`);
    const locator = new FileLocator(keys.map((key) => `${key}: v`).join("\n"));
    for (const [i, key] of keys.entries())
      expect(locator.locate([key], { key: true })).toEqual({ line: i + 1, column: 1 });
  });
});
