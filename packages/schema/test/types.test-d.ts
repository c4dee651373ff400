import { describe, expectTypeOf, test } from "vitest";
import type * as z from "zod";
import {
  type Actor,
  type ActorInput,
  type AnonymousSource,
  type Claim,
  type Claimant,
  type ClaimInput,
  type Incident,
  type IncidentInput,
  type ParseRecordResult,
  type PartialDate,
  type Problem,
  type ProblemCode,
  parseRecord,
  type RuleCode,
  type SchemaProblemCode,
  type Source,
  type SourceInput,
} from "../src/index.js";

describe("the named types are the schemas' input and output", () => {
  test("each record kind", () => {
    expectTypeOf<ClaimInput>().toEqualTypeOf<z.input<typeof Claim>>();
    expectTypeOf<Claim>().toEqualTypeOf<z.output<typeof Claim>>();
    expectTypeOf<Incident>().not.toEqualTypeOf<IncidentInput>();
    expectTypeOf<Actor>().not.toEqualTypeOf<ActorInput>();
    expectTypeOf<Source>().not.toEqualTypeOf<SourceInput>();
  });
});

describe("fields with defaults are optional to write and always there to read", () => {
  test("a source's authors, citations and language", () => {
    expectTypeOf<SourceInput["authors"]>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<Source["authors"]>().toEqualTypeOf<string[]>();
    expectTypeOf<Source["language"]>().toEqualTypeOf<string>();
    expectTypeOf<Source["cites"][number]["relation"]>().toEqualTypeOf<
      "relays" | "quotes" | "summarises" | "cites"
    >();
    // A source written without them is complete input.
    expectTypeOf({
      id: "example-report",
      kind: "news-report" as const,
      reliability: {
        grade: "B" as const,
        gradedBy: "editors",
        gradedOn: "2024-01-02",
        rationale: "An example.",
      },
    }).toExtend<SourceInput>();
  });

  test("a claim's relations and an incident's lists", () => {
    expectTypeOf<ClaimInput>().toHaveProperty("relations");
    expectTypeOf<Claim["relations"]>().toBeArray();
    expectTypeOf<Pick<ClaimInput, "relations">>().toExtend<{ relations?: unknown }>();
    expectTypeOf<Record<string, never>>().toExtend<Pick<ClaimInput, "relations">>();
    expectTypeOf<Record<string, never>>().not.toExtend<Pick<Claim, "relations">>();
    expectTypeOf<Incident["timeline"][number]["date"]>().toEqualTypeOf<string>();
    expectTypeOf<Incident["impacts"][number]["parties"]>().toEqualTypeOf<string[]>();
  });

  test("an anonymous source's count", () => {
    expectTypeOf<z.input<typeof AnonymousSource>["count"]>().toEqualTypeOf<
      number | "several" | "unknown" | undefined
    >();
    expectTypeOf<AnonymousSource["count"]>().toEqualTypeOf<number | "several" | "unknown">();
  });
});

describe("a partial date is written as text or a year, and read as text", () => {
  test("input and output", () => {
    expectTypeOf<z.input<typeof PartialDate>>().toEqualTypeOf<string | number>();
    expectTypeOf<z.output<typeof PartialDate>>().toEqualTypeOf<string>();
    expectTypeOf<PartialDate>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<ClaimInput["concerns"]>>().toEqualTypeOf<string | number>();
    expectTypeOf<NonNullable<Claim["concerns"]>>().toEqualTypeOf<string>();
  });
});

describe("a claimant is one of three shapes, told apart by kind", () => {
  test("the kinds", () => {
    expectTypeOf<Claimant["kind"]>().toEqualTypeOf<"actor" | "anonymous" | "source-author">();
  });

  test("each kind carries its own field", () => {
    expectTypeOf<Extract<Claimant, { kind: "actor" }>>().toEqualTypeOf<{
      kind: "actor";
      actor: string;
    }>();
    expectTypeOf<Extract<Claimant, { kind: "source-author" }>>().toEqualTypeOf<{
      kind: "source-author";
      source: string;
    }>();
    expectTypeOf<Extract<Claimant, { kind: "anonymous" }>["anonymous"]>().toEqualTypeOf<
      z.output<typeof AnonymousSource>
    >();
  });

  test("narrowing on kind is exhaustive", () => {
    const who = (claimant: Claimant): string => {
      switch (claimant.kind) {
        case "actor":
          return claimant.actor;
        case "anonymous":
          return claimant.anonymous.description;
        case "source-author":
          return claimant.source;
        default:
          return claimant satisfies never;
      }
    };
    expectTypeOf(who).returns.toBeString();
  });

  test("a shape with the wrong field for its kind is not a claimant", () => {
    expectTypeOf({ kind: "actor" as const, source: "example-report" }).not.toExtend<
      z.input<typeof Claim>["claimant"]
    >();
  });
});

describe("parseRecord narrows on ok", () => {
  test("the record's type follows the kind", () => {
    expectTypeOf(parseRecord("claim", {})).toEqualTypeOf<ParseRecordResult<"claim">>();
    const result = parseRecord("incident", {});
    if (result.ok) expectTypeOf(result.record).toEqualTypeOf<Incident>();
    else expectTypeOf(result.problems).toEqualTypeOf<readonly Problem[]>();
    expectTypeOf(parseRecord)
      .parameter(0)
      .toEqualTypeOf<"incident" | "claim" | "actor" | "source">();
  });
});

test("closed sets stay closed", () => {
  expectTypeOf<"rumoured">().not.toExtend<Claim["standing"]>();
  expectTypeOf<7>().not.toExtend<Claim["credibility"]["grade"]>();
  expectTypeOf<Claim["credibility"]["grade"]>().toEqualTypeOf<1 | 2 | 3 | 4 | 5 | 6>();
  // @ts-expect-error a claim's nature is one of a closed set
  const nature: Claim["nature"] = "rumour";
  expectTypeOf(nature).toBeString();
});

describe("problem codes are the documented ones", () => {
  test("Problem.code is the union of the schemas' and the corpus rules' codes", () => {
    expectTypeOf<Problem["code"]>().toEqualTypeOf<ProblemCode>();
    expectTypeOf<ProblemCode>().toEqualTypeOf<SchemaProblemCode | RuleCode>();
    expectTypeOf<"unknown-reference">().toExtend<Problem["code"]>();
    expectTypeOf<"unknown-refrence">().not.toExtend<Problem["code"]>();
  });

  test("a problem of another code set says so in its type", () => {
    expectTypeOf<Problem<"yaml-syntax">["code"]>().toEqualTypeOf<"yaml-syntax">();
  });
});
