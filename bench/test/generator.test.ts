import { createHash } from "node:crypto";
import {
  ALL_RULES,
  type Corpus,
  checkCorpus,
  type Problem,
  parseRecord,
  QUOTE_WARNING_LENGTH,
} from "@leaks/schema";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { type GeneratedItem, generateCorpus } from "../src/generate/corpus.js";
import { Random } from "../src/generate/random.js";
import { sentence } from "../src/generate/text.js";
import { toYaml } from "../src/generate/write.js";
import { type ClaimEdit, canEditClaim, editClaimData } from "../src/measure/validate.js";

function collect(incidents: number, seed: number): GeneratedItem[] {
  return [...generateCorpus({ incidents, seed })];
}

function validate(items: readonly GeneratedItem[]): { corpus: Corpus; problems: Problem[] } {
  const corpus = { incidents: [], claims: [], actors: [], sources: [] } as {
    [K in Exclude<keyof Corpus, "redirects">]: Corpus[K][number][];
  };
  const problems: Problem[] = [];
  for (const item of items) {
    if (item.type !== "record") continue;
    // What the loader sees: the record as read back from its YAML file.
    const result = parseRecord(item.kind, yaml.load(toYaml(item), { schema: yaml.CORE_SCHEMA }));
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    if (result.record.id !== item.id) throw new Error(`${item.id} parsed as ${result.record.id}`);
    if (item.kind === "incident")
      corpus.incidents.push(result.record as Corpus["incidents"][number]);
    else if (item.kind === "claim") corpus.claims.push(result.record as Corpus["claims"][number]);
    else if (item.kind === "actor") corpus.actors.push(result.record as Corpus["actors"][number]);
    else corpus.sources.push(result.record as Corpus["sources"][number]);
  }
  problems.push(...checkCorpus(corpus, ALL_RULES, { today: "2026-01-01" }));
  return { corpus, problems };
}

describe("the synthetic corpus", () => {
  const items = collect(12, 7);
  const { corpus, problems } = validate(items);

  it("parses under the schema and passes every corpus rule, warnings included", () => {
    expect(
      problems.map(
        (p) => `${p.recordKind} ${p.recordId} ${p.path.join(".")} ${p.code}: ${p.message}`,
      ),
    ).toEqual([]);
  });

  it("has the proportions of the benchmark: ~20 claims, 8 sources, 5 actors per incident", () => {
    expect(corpus.incidents).toHaveLength(12);
    expect(corpus.claims.length / 12).toBeGreaterThanOrEqual(18);
    expect(corpus.claims.length / 12).toBeLessThanOrEqual(22);
    expect(corpus.sources).toHaveLength(96);
    // Sources come eight per incident, in incident order: a claim may cite a neighbour's.
    const blockOf = new Map(corpus.sources.map((s, i) => [s.id, Math.floor(i / 8)]));
    const shared = corpus.claims.filter((claim) => {
      const own = corpus.incidents.findIndex((i) => i.id === claim.incidents[0]);
      return claim.appearances.some((a) => blockOf.get(a.source) !== own);
    });
    expect(shared.length).toBeGreaterThan(0);
    const standings = new Set(corpus.claims.map((c) => c.standing));
    expect(standings).toContain("confirmed");
    expect(new Set(corpus.claims.map((c) => c.claimant.kind))).toEqual(
      new Set(["actor", "anonymous", "source-author"]),
    );
    expect(
      corpus.incidents.some((i) => i.timeline.some((t) => !/^\d{4}-\d{2}-\d{2}$/.test(t.date))),
    ).toBe(true);
  });

  it("takes every quote of an archived source verbatim from its snapshot, whose hash it gives", () => {
    const snapshots = new Map<string, string>();
    for (const item of items) if (item.type === "snapshot") snapshots.set(item.file, item.text);
    const archived = corpus.sources.filter((s) => s.archive?.snapshot !== undefined);
    expect(archived.length).toBeGreaterThan(0);
    const bySource = new Map(archived.map((s) => [s.id, s]));
    let checked = 0;
    for (const source of archived) {
      const text = snapshots.get(source.archive?.snapshot ?? "");
      expect(text).toBeDefined();
      expect(
        createHash("sha256")
          .update(text ?? "")
          .digest("hex"),
      ).toBe(source.archive?.sha256);
    }
    for (const claim of corpus.claims)
      for (const appearance of claim.appearances) {
        const source = bySource.get(appearance.source);
        if (source === undefined) continue;
        expect(snapshots.get(source.archive?.snapshot ?? "")).toContain(appearance.quote);
        checked++;
      }
    expect(checked).toBeGreaterThan(10);
  });

  it("writes sentences no longer than asked, so no quote draws the quote-length warning", () => {
    const random = new Random(3);
    let longest = 0;
    for (let i = 0; i < 20_000; i++)
      longest = Math.max(longest, [...sentence(random, 60, 220)].length);
    expect(longest).toBeGreaterThan(200);
    expect(longest).toBeLessThanOrEqual(220);
    expect(220).toBeLessThanOrEqual(QUOTE_WARNING_LENGTH);
  });

  it("is the same for the same seed, and another for another seed", () => {
    const digest = (list: readonly GeneratedItem[]) =>
      createHash("sha256")
        .update(list.map((i) => (i.type === "record" ? toYaml(i) : i.text)).join("\u0000"))
        .digest("hex");
    expect(digest(collect(12, 7))).toBe(digest(items));
    expect(digest(collect(12, 8))).not.toBe(digest(items));
  });
});

describe("the edits of the re-validation benchmark", () => {
  const items = collect(12, 7);
  // Every claim the edit applies to, edited as the benchmark edits a file: read back from YAML.
  const edited = (edit: ClaimEdit) => {
    let count = 0;
    const list = items.map((item, round) => {
      if (item.type !== "record" || item.kind !== "claim") return item;
      const data = yaml.load(toYaml(item), { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
      if (!canEditClaim(data, edit)) return item;
      count++;
      return { ...item, data: editClaimData(data, round, edit) };
    });
    return { list, count };
  };

  for (const edit of ["notes", "statement", "standing"] as const)
    it(`${edit}: changes only that field and keeps the corpus clean, warnings included`, () => {
      const { list, count } = edited(edit);
      expect(count).toBeGreaterThan(10);
      const before = validate(items).corpus.claims;
      const { corpus, problems } = validate(list);
      expect(problems.map((p) => `${p.recordId} ${p.code}: ${p.message}`)).toEqual([]);
      let changed = 0;
      for (const [i, claim] of corpus.claims.entries()) {
        const { [edit]: field, ...rest } = claim as unknown as Record<string, unknown>;
        const { [edit]: was, ...restBefore } = before[i] as unknown as Record<string, unknown>;
        expect(rest).toEqual(restBefore);
        if (field !== was) changed++;
      }
      expect(changed).toBe(count);
    });
});
