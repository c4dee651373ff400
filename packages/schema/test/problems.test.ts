import { describe, expect, test } from "vitest";
import {
  ALL_RULES,
  didYouMean,
  formatProblem,
  parseRecord,
  type RecordKind,
  RULE_CODES,
} from "../src/index.js";

const lines = (kind: RecordKind, data: unknown) =>
  parseRecord(kind, data).problems.map(formatProblem);

const incident = {
  id: "example-incident",
  title: "An example",
  kind: "other",
  summary: "An example.",
};

test("RULE_CODES lists the code of each corpus rule, and no other", () => {
  expect([...RULE_CODES].sort()).toEqual(ALL_RULES.map((rule) => rule.code).sort());
});

test("a misspelled key names the key it probably meant", () => {
  expect(
    lines("actor", { id: "example-official", kind: "person", name: "Example", alias: [] }),
  ).toMatchInlineSnapshot(`
      [
        "✖ actor example-official alias unknown-key: unknown key "alias" (did you mean "aliases"?) → rename it to "aliases"",
      ]
    `);
});

test("a year written as a number too small is out of range, not the wrong type", () => {
  const timeline = [{ date: 999, event: "An example event.", claims: ["example-claim"] }];
  expect(lines("incident", { ...incident, timeline })).toMatchInlineSnapshot(`
    [
      "✖ incident example-incident timeline[0].date out-of-range: Too small: expected number to be >=1000 → make "date" at least 1000",
    ]
  `);
});

test("a value none of several literals allows lists them all", () => {
  const claim = {
    id: "example-claim",
    incidents: ["example-incident"],
    statement: "An example statement.",
    claimant: { kind: "anonymous", anonymous: { description: "officials", count: "many" } },
    nature: "reported-fact",
    standing: "reported",
    credibility: {
      grade: 3,
      gradedBy: "editors",
      gradedOn: "2024-01-02",
      rationale: "An example.",
    },
    appearances: [{ source: "example-report", quote: "An example quote." }],
  };
  expect(lines("claim", claim)).toMatchInlineSnapshot(`
    [
      "✖ claim example-claim claimant.anonymous.count invalid-value: string "many" is not allowed → write a number without quotes, or one of: "several", "unknown"",
    ]
  `);
});

test("a misspelled enum value names the value it probably meant", () => {
  expect(lines("incident", { ...incident, kind: "documents-posted-onlin" })).toMatchInlineSnapshot(`
    [
      "✖ incident example-incident kind invalid-value: string "documents-posted-onlin" is not allowed (did you mean "documents-posted-online"?) → use one of: "oral-disclosure-by-official", "press-leak-by-unnamed-officials", "documents-posted-online", "documents-leaked-to-press", "other"",
    ]
  `);
});

test("empty values say what to write, and suggest nothing for an empty enum value", () => {
  expect(
    lines("actor", { id: "example-official", kind: "", name: "", aliases: [] }),
  ).toMatchInlineSnapshot(`
    [
      "✖ actor example-official kind invalid-value: an empty value is not allowed → use one of: "person", "state", "government", "agency", "military", "organisation", "media-outlet", "alliance", "other"",
      "✖ actor example-official name out-of-range: must not be empty → fill in "name"",
    ]
  `);
  expect(
    lines("claim", {
      id: "example-claim",
      incidents: [],
      statement: "x".repeat(5001),
      claimant: { kind: "actor", actor: "example-official" },
      nature: "opinion",
      standing: "alleged",
      credibility: { grade: 6, gradedBy: "editors", gradedOn: "2024-01-01", rationale: "r" },
      appearances: [{ source: "example-source", quote: "q" }],
    }),
  ).toMatchInlineSnapshot(`
    [
      "✖ claim example-claim incidents out-of-range: a claim belongs to at least one incident → add at least 1 item to "incidents"",
      "✖ claim example-claim statement out-of-range: at most 5000 characters → shorten "statement" to at most 5000 characters",
    ]
  `);
});

test("a missing field whose values are a fixed set is missing, not invalid", () => {
  expect(lines("actor", { id: "example-official", name: "Example" })).toMatchInlineSnapshot(`
    [
      "✖ actor example-official kind missing-field: "kind" is required → add "kind": one of "person", "state", "government", "agency", "military", "organisation", "media-outlet", "alliance", "other"",
    ]
  `);
});

test("a date written day- or month-first gets both ISO readings; a number where text is due, quotes", () => {
  const source = {
    id: "example-source",
    kind: "news-report",
    publisher: "example-outlet",
    published: "12/05/2024",
    archive: { snapshot: "example-source.txt", sha256: 0 },
    reliability: { grade: "F", gradedBy: "editors", gradedOn: "2024-01-01", rationale: "r" },
  };
  expect(lines("source", source)).toMatchInlineSnapshot(`
    [
      "✖ source example-source published invalid-format: string "12/05/2024": expected a date like 2017, 2017-05 or 2017-05-16, optionally with ~ (approximate), ? (uncertain) or a range 2017-05-10/2017-05-16 → write dates as YYYY-MM-DD: 2024-05-12 if the day comes first, 2024-12-05 if the month does",
      "✖ source example-source archive.sha256 wrong-type: expected string, found number 0 → put the value of "sha256" in quotes, exactly as written, so YAML keeps it as text",
    ]
  `);
});

describe("a value refused for its quotes alone says so, and never suggests itself", () => {
  const claim = {
    id: "example-claim",
    incidents: ["example-incident"],
    statement: "An example statement.",
    claimant: { kind: "actor", actor: "example-official" },
    nature: "reported-fact",
    standing: "reported",
    credibility: { grade: 3, gradedBy: "editors", gradedOn: "2024-01-02", rationale: "r" },
    appearances: [{ source: "example-report", quote: "An example quote." }],
  };

  test("a claim's credibility grade in quotes: write the number without them", () => {
    const credibility = { ...claim.credibility, grade: "3" };
    expect(lines("claim", { ...claim, credibility })).toMatchInlineSnapshot(`
      [
        "✖ claim example-claim credibility.grade invalid-value: "3" is a string, not the number 3 → write 3 without quotes",
      ]
    `);
  });

  test("an anonymous count in quotes: write the number without them", () => {
    const claimant = { kind: "anonymous", anonymous: { description: "officials", count: "3" } };
    expect(lines("claim", { ...claim, claimant })).toMatchInlineSnapshot(`
      [
        "✖ claim example-claim claimant.anonymous.count wrong-type: "3" is a string, not the number 3 → write 3 without quotes",
      ]
    `);
  });

  test("a source's reliability grade is a letter: a digit gets the letters, not itself", () => {
    const source = {
      id: "example-source",
      kind: "news-report",
      publisher: "example-outlet",
      published: "2024-05-12",
      reliability: { grade: "3", gradedBy: "editors", gradedOn: "2024-01-01", rationale: "r" },
    };
    expect(lines("source", source)).toMatchInlineSnapshot(`
      [
        "✖ source example-source reliability.grade invalid-value: string "3" is not allowed → use one of: "A", "B", "C", "D", "E", "F"",
      ]
    `);
  });

  test("didYouMean offers another spelling, never the word itself", () => {
    expect(didYouMean("3", ["1", "2", "3", "4"])).toBeUndefined();
    expect(didYouMean("a", ["A", "B"])).toBe("A");
    expect(didYouMean("Minor", ["major", "minor"])).toBe("minor");
  });
});

test("a date in quotes that is not a date is reported as a date, not as a number to unquote", () => {
  const timeline = [{ date: "20190", event: "An example event.", claims: ["example-claim"] }];
  const [line] = lines("incident", { ...incident, timeline });
  expect(line).toContain("timeline[0].date invalid-format");
  expect(line).not.toContain("without quotes");
});
