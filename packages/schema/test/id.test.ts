import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  ActorId,
  ClaimId,
  ID_MAX_LENGTH,
  Id,
  IncidentId,
  parseRecord,
  SourceId,
} from "../src/index.js";

const word = fc.stringMatching(/^[a-z0-9]{1,12}$/);
const validId = fc
  .array(word, { minLength: 1, maxLength: 8 })
  .map((words) => words.join("-"))
  .filter((id) => id.length <= ID_MAX_LENGTH);

/** Valid ids with one character inserted, removed or replaced: the mistakes people make. */
const nearlyValidId = fc
  .tuple(
    validId,
    fc.nat(),
    fc.constantFrom("insert", "replace", "delete"),
    fc.oneof(
      fc.constantFrom("-", "_", ".", "/", " ", "A", "é", "%", "?", "#", "\n", "ı", "K"),
      fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }),
    ),
  )
  .map(([id, at, edit, char]) => {
    const i = at % (id.length + 1);
    if (edit === "insert") return id.slice(0, i) + char + id.slice(i);
    if (edit === "replace") return id.slice(0, i) + char + id.slice(i + 1);
    return id.slice(0, i) + id.slice(i + 1);
  });

const anyText = fc.oneof(
  validId,
  nearlyValidId,
  fc.string({ maxLength: 90 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
);

describe("ids", () => {
  test("generated valid ids are accepted by every kind of reference", () => {
    fc.assert(
      fc.property(validId, (id) => {
        for (const schema of [Id, IncidentId, ClaimId, ActorId, SourceId])
          expect(schema.parse(id)).toBe(id);
      }),
      { numRuns: 500 },
    );
  });

  test("whatever is accepted is safe in a URL and a file name", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        if (!Id.safeParse(text).success) return;
        expect(encodeURIComponent(text)).toBe(text);
        expect(text).toBe(text.toLowerCase());
        expect(text).toBe(text.normalize("NFKC"));
        expect(text.length).toBeGreaterThan(0);
        expect(text.length).toBeLessThanOrEqual(ID_MAX_LENGTH);
        expect(text.startsWith("-")).toBe(false);
        expect(text.endsWith("-")).toBe(false);
        expect(text).not.toContain("--");
        expect(text).not.toMatch(/[./\\_\s]/);
      }),
      { numRuns: 3000 },
    );
  });

  test("any edit that leaves a-z, 0-9 and single inner hyphens is accepted, any other rejected", () => {
    fc.assert(
      fc.property(nearlyValidId, (text) => {
        const wellFormed =
          /^[a-z0-9-]+$/.test(text) &&
          !text.startsWith("-") &&
          !text.endsWith("-") &&
          !text.includes("--") &&
          text.length <= ID_MAX_LENGTH;
        expect(Id.safeParse(text).success).toBe(wellFormed);
      }),
      { numRuns: 2000 },
    );
  });

  test("the limit is 80 characters", () => {
    expect(Id.safeParse("a".repeat(ID_MAX_LENGTH)).success).toBe(true);
    expect(Id.safeParse("a".repeat(ID_MAX_LENGTH + 1)).success).toBe(false);
  });

  test("a record with a bad id, or a bad reference, gets invalid-format at that path", () => {
    const actor = { id: "example-official", kind: "person", name: "Example" };
    fc.assert(
      fc.property(
        nearlyValidId.filter((text) => !Id.safeParse(text).success && text.length <= ID_MAX_LENGTH),
        (bad) => {
          expect(parseRecord("actor", { ...actor, id: bad }).problems).toMatchObject([
            { code: "invalid-format", path: ["id"] },
          ]);
          const affiliations = [{ actor: bad }];
          expect(parseRecord("actor", { ...actor, affiliations }).problems).toMatchObject([
            { code: "invalid-format", path: ["affiliations", 0, "actor"] },
          ]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
