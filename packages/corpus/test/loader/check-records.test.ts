import { join } from "node:path";
import type { Corpus, RecordKind, Redirect } from "@leaks/schema";
import { describe, expect, test } from "vitest";
import { checkRecords, type GivenRecord, loadCorpus } from "../../src/loader/index.js";
import { VALID } from "../support/fixture-corpus.js";

const TODAY = "2024-01-01";
const KINDS = [
  ["incidents", "incident"],
  ["claims", "claim"],
  ["actors", "actor"],
  ["sources", "source"],
] as const satisfies readonly (readonly [keyof Corpus, RecordKind])[];

/** The valid fixture corpus as records given in memory, each known by its collection and place. */
async function givenRecords(): Promise<GivenRecord[]> {
  const { corpus } = await loadCorpus(join(VALID, "data"), { today: TODAY });
  return KINDS.flatMap(([key, kind]) =>
    corpus[key].map((record, i) => ({ kind, id: record.id, where: `${key}/${i}`, record })),
  );
}

const lines = (records: readonly GivenRecord[]) =>
  checkRecords(records, { today: TODAY }).map((p) => `${p.file} ${p.code} ${p.path.join(".")}`);

describe("checkRecords: the checks across records, over records given in memory", () => {
  test("the valid fixture corpus has no problem", async () => {
    expect(lines(await givenRecords())).toEqual([]);
  });

  test("redirects given with the records are checked against them, at their place", async () => {
    const records = await givenRecords();
    const date = "2023-05-01";
    const redirects: Redirect[] = [
      { kind: "claim", from: "old-briefing", to: "briefing-shared", reason: "renamed", date },
      { kind: "claim", from: "not-consulted", to: "briefing-shared", reason: "merged", date },
      { kind: "actor", from: "old-wire", to: "no-such-wire", reason: "renamed", date },
    ];
    expect(
      checkRecords(records, { today: TODAY, redirects, redirectsWhere: "corpus.json" }).map(
        (p) => `${p.file} ${p.code} ${p.path.join(".")}`,
      ),
    ).toEqual([
      "corpus.json redirect-id-reused redirects.1.from",
      "corpus.json redirect-target-missing redirects.2.to",
    ]);
  });

  test("a second copy of an id is reported once, at the copy; the other rules see the first", async () => {
    const records = await givenRecords();
    const actor = records.find((r) => r.kind === "actor") as GivenRecord;
    expect(lines([...records, { ...actor, where: "actors/9" }])).toEqual([
      "actors/9 duplicate-id id",
    ]);
  });

  test("a reference to an id no record has is reported where it is", async () => {
    const records = await givenRecords();
    const [claim] = records.filter((r) => r.kind === "claim");
    if (claim?.record === undefined) throw new Error("the fixture has a claim");
    const record = { ...claim.record, incidents: ["no-such-incident"] };
    const problems = lines(records.map((r) => (r === claim ? { ...claim, record } : r)));
    expect(problems).toContain(`${claim.where} unknown-reference incidents.0`);
  });

  test("the id of a record that failed its schema still resolves", async () => {
    const records = await givenRecords();
    const source = records.find((r) => r.kind === "source") as GivenRecord;
    const { record: _record, ...invalid } = source;
    expect(lines(records.map((r) => (r === source ? invalid : r)))).not.toContainEqual(
      expect.stringContaining("unknown-reference"),
    );
  });

  test("ids that look alike are reported, as in a data folder", async () => {
    const records = await givenRecords();
    const actor = records.find((r) => r.kind === "actor") as GivenRecord;
    if (actor.record === undefined) throw new Error("the fixture has an actor");
    const lookalike = actor.id.replace(/o/, "0");
    expect(lookalike).not.toBe(actor.id);
    const copy = {
      ...actor,
      id: lookalike,
      where: "actors/9",
      record: { ...actor.record, id: lookalike },
    };
    expect(lines([...records, copy])).toContainEqual(expect.stringMatching(/ confusable-id /));
  });
});
