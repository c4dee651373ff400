import type { Claim } from "@leaks/schema";
import { describe, expect, test } from "vitest";
import { groupByStanding, standingGroupOf } from "../src/claim-groups.js";

const claim = (nature: Claim["nature"], standing: Claim["standing"]) =>
  ({ nature, standing }) as Pick<Claim, "nature" | "standing"> as Claim;

describe("standing groups", () => {
  test.each([
    ["reported-fact", "confirmed", "established"],
    ["official-statement", "corroborated", "established"],
    ["reported-fact", "reported", "reported"],
    ["assessment", "alleged", "reported"],
    ["reported-fact", "disputed", "contested"],
    ["denial", "denied", "denied"],
    ["reported-fact", "retracted", "denied"],
    ["opinion", "alleged", "opinion"],
    ["speculation", "disputed", "opinion"],
    ["reader-comment", "reported", "opinion"],
  ] as const)("%s / %s is %s", (nature, standing, group) => {
    expect(standingGroupOf(claim(nature, standing))).toBe(group);
  });

  test("groupByStanding keeps the order given", () => {
    const a = claim("reported-fact", "reported");
    const b = claim("opinion", "alleged");
    const c = claim("reported-fact", "alleged");
    expect(groupByStanding([a, b, c])).toEqual({
      established: [],
      reported: [a, c],
      contested: [],
      denied: [],
      opinion: [b],
    });
  });
});
