import { readFileSync } from "node:fs";
import type { Corpus } from "@leaks/schema";
import { describe, expect, it } from "vitest";
import { type RecordLists, withScopes } from "../src/diff/change-scope.js";
import { diffRecords } from "../src/diff/diff-records.js";
import type { LoadedRecord } from "../src/loader/index.js";

const corpus = JSON.parse(
  readFileSync(new URL("../corpus.json", import.meta.url), "utf8"),
) as Corpus;

function loaded(c: Corpus): LoadedRecord[] {
  const of = (kind: LoadedRecord["kind"], records: readonly { id: string }[]) =>
    records.map((record) => ({ kind, id: record.id, file: "", raw: record, record }));
  return [
    ...of("incident", c.incidents),
    ...of("claim", c.claims),
    ...of("actor", c.actors),
    ...of("source", c.sources),
  ] as LoadedRecord[];
}

const OVAL = "2017-oval-office-disclosure";
const edited = structuredClone(corpus) as {
  -readonly [K in RecordLists]: Corpus[K][number][];
};

describe("the scope of each changed record", () => {
  // After: a claim removed, another claim's statement edited, an impact's claims edited.
  const removedClaim = "trump-told-russians-city-of-origin";
  edited.claims = edited.claims.filter((claim) => claim.id !== removedClaim);
  const claim = edited.claims.find((c) => c.id === "israeli-officials-worst-fears-confirmed");
  if (!claim) throw new Error("fixture claim missing");
  Object.assign(claim, { statement: `${claim.statement} (edited)` });
  const incident = edited.incidents.find((i) => i.id === OVAL);
  const impact = incident?.impacts[1];
  if (!impact) throw new Error("fixture impact missing");
  Object.assign(impact, { claims: impact.claims.slice(1) });

  const diff = diffRecords(loaded(corpus), loaded(edited));
  const scoped = withScopes(diff, loaded(corpus), loaded(edited));

  it("a removed claim keeps the incident it belonged to", () => {
    expect(scoped.removed).toEqual([
      { kind: "claim", id: removedClaim, incidents: [OVAL], relationships: [] },
    ]);
  });

  it("a claim an impact rests on belongs to that relationship", () => {
    expect(scoped.changed.find((r) => r.id === "israeli-officials-worst-fears-confirmed")).toEqual(
      expect.objectContaining({ incidents: [OVAL], relationships: ["israel--united-states"] }),
    );
  });

  it("an incident whose impact changed names the relationship, with its own id", () => {
    expect(scoped.changed.find((r) => r.kind === "incident")).toEqual({
      kind: "incident",
      id: OVAL,
      fields: ["impacts[1].claims"],
      incidents: [OVAL],
      relationships: ["israel--united-states"],
    });
  });

  it("an incident edited outside its impacts touches no relationship", () => {
    const retitled = structuredClone(corpus);
    Object.assign(retitled.incidents.find((i) => i.id === OVAL) ?? {}, { title: "Retitled" });
    const only = withScopes(
      diffRecords(loaded(corpus), loaded(retitled)),
      loaded(corpus),
      loaded(retitled),
    );
    expect(only.changed).toEqual([
      { kind: "incident", id: OVAL, fields: ["title"], incidents: [OVAL], relationships: [] },
    ]);
  });

  it("a source belongs to the incidents whose claims appear in it", () => {
    const all = withScopes(diffRecords([], loaded(corpus)), [], loaded(corpus));
    const source = all.added.find((r) => r.id === "unnamed-outlet-2017-05-16-trump-intel-israel");
    expect(source?.incidents).toContain(OVAL);
    const actor = all.added.find((r) => r.kind === "actor" && r.id === "donald-trump");
    expect(actor?.incidents).toContain(OVAL);
  });
});
