import {
  type Corpus,
  citationGraph,
  claimProvenance,
  parseRecord,
  type Source,
} from "@leaks/schema";
import { describe, expect, test } from "vitest";

function source(
  id: string,
  cites: [string, "relays" | "quotes" | "summarises" | "cites"][] = [],
): Source {
  const result = parseRecord("source", {
    id,
    kind: "news-report",
    publisher: `${id}-outlet`,
    title: `Fixture ${id}`,
    reliability: {
      grade: "C",
      gradedBy: "fixture-editors",
      gradedOn: "2023-06-01",
      rationale: "Fixture grade.",
    },
    cites: cites.map(([target, relation]) => ({ source: target, relation })),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.record;
}

const corpusOf = (sources: Source[]): Corpus => ({
  incidents: [],
  claims: [],
  actors: [],
  sources,
});

describe("citation graph", () => {
  test("follows relays, quotes and summaries to the origin, but not plain citations", () => {
    const graph = citationGraph(
      corpusOf([
        source("origin"),
        source("relay", [["origin", "relays"]]),
        source("quote-of-relay", [["relay", "quotes"]]),
        source("summary", [
          ["quote-of-relay", "summarises"],
          ["other", "summarises"],
        ]),
        source("other"),
        source("citer", [["origin", "cites"]]),
      ]),
    );
    expect([...graph.originsOf("quote-of-relay")]).toEqual(["origin"]);
    expect([...graph.originsOf("summary")].sort()).toEqual(["origin", "other"]);
    expect([...graph.originsOf("citer")]).toEqual(["citer"]);
    expect([...graph.originsOf("not-in-corpus")]).toEqual(["not-in-corpus"]);
    expect(graph.cycles).toEqual([]);
  });

  test("a loop is one origin, named by its smallest id, and a loop that draws on a source leads there", () => {
    const graph = citationGraph(
      corpusOf([
        source("b", [["a", "relays"]]),
        source("a", [["b", "quotes"]]),
        source("d", [
          ["c", "relays"],
          ["origin", "relays"],
        ]),
        source("c", [["d", "relays"]]),
        source("origin"),
      ]),
    );
    expect([...graph.originsOf("b")]).toEqual(["a"]);
    expect([...graph.originsOf("c")]).toEqual(["origin"]);
    expect(graph.cycles).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  test("a relay chain far longer than the call stack allows is followed to its origin", () => {
    const length = 50_000;
    const sources = Array.from({ length }, (_, i) =>
      source(`s${i}`, i === 0 ? [] : [[`s${i - 1}`, "relays"]]),
    );
    expect([...citationGraph(corpusOf(sources)).originsOf(`s${length - 1}`)]).toEqual(["s0"]);
  });

  test("two appearances are independent only when no origin or origin publisher is shared", () => {
    const corpus = corpusOf([
      source("origin"),
      source("relay", [["origin", "relays"]]),
      source("own"),
    ]);
    const claim = (appearances: (string | [string, string[]])[]) => {
      const result = parseRecord("claim", {
        id: "c",
        incidents: ["i"],
        statement: "A fixture statement.",
        claimant: {
          kind: "anonymous",
          anonymous: { description: "two officials", count: 2 },
        },
        nature: "reported-fact",
        standing: "reported",
        credibility: {
          grade: 3,
          gradedBy: "fixture-editors",
          gradedOn: "2023-06-01",
          rationale: "Fixture grade.",
        },
        appearances: appearances.map((a) => {
          const [id, via] = typeof a === "string" ? [a, []] : a;
          return { source: id, quote: `Fixture quote in ${id}.`, via };
        }),
      });
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      return result.record;
    };
    const independent = (c: Parameters<typeof claim>[0]) =>
      claimProvenance(claim(c), corpus).independent.length;
    // A relay that does not say it relays is still not independent of what it relays.
    expect(independent(["origin", "relay"])).toBe(1);
    expect(independent(["origin", ["relay", ["origin"]]])).toBe(1);
    expect(independent(["relay", "own"])).toBe(2);
  });

  test("a claim's chain runs from its claimant through the sources that carried it", () => {
    const corpus = corpusOf([
      source("network-report"),
      source("digest", [
        ["network-report", "summarises"],
        ["paper-report", "summarises"],
        ["wire-report", "summarises"],
      ]),
      source("paper-report"),
      source("wire-report"),
    ]);
    const result = parseRecord("claim", {
      id: "c",
      incidents: ["i"],
      statement: "A fixture statement.",
      claimant: { kind: "anonymous", anonymous: { description: "unnamed officials" } },
      nature: "reported-fact",
      standing: "reported",
      credibility: { grade: 3, gradedBy: "e", gradedOn: "2023-06-01", rationale: "Fixture." },
      appearances: [{ source: "digest", quote: "Fixture quote.", via: ["network-report"] }],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const provenance = claimProvenance(result.record, corpus);
    expect(provenance.chains[0]?.nodes).toEqual([
      {
        kind: "claimant",
        claimant: {
          kind: "anonymous",
          anonymous: { description: "unnamed officials", count: "unknown" },
        },
      },
      { kind: "source", source: "network-report", relation: "summarises" },
      { kind: "source", source: "digest" },
    ]);
    // The digest summarises three reports; only the one that carries this claim is its origin.
    expect(provenance.origins.map((o) => o.source)).toEqual(["network-report"]);
    expect(provenance.independent).toHaveLength(1);
  });
});
