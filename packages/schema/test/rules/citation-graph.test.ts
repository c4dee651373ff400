import {
  type Corpus,
  citationGraph,
  independentAppearances,
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
    const claim = (sources: string[]) => {
      const result = parseRecord("claim", {
        id: "c",
        incidents: ["i"],
        statement: "A fixture statement.",
        claimant: { kind: "source-author", source: sources[0] },
        nature: "reported-fact",
        standing: "reported",
        credibility: {
          grade: 3,
          gradedBy: "fixture-editors",
          gradedOn: "2023-06-01",
          rationale: "Fixture grade.",
        },
        appearances: sources.map((id) => ({ source: id, quote: `Fixture quote in ${id}.` })),
      });
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      return result.record;
    };
    expect(independentAppearances(claim(["origin", "relay"]), corpus)).toBeUndefined();
    expect(
      independentAppearances(claim(["relay", "own"]), corpus)?.map((chain) => chain.source),
    ).toEqual(["relay", "own"]);
  });
});
