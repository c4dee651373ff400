import { describe, expect, it } from "vitest";
import { formatYaml } from "../../src/format/format-yaml.js";

function formatted(text: string): string {
  const result = formatYaml(text, undefined);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.text;
}

describe("leaks fmt keeps a comment below an empty value where it was written", () => {
  it("above the next key, not on the empty value's line", () => {
    const text = "credibility:\n  grade:\n  # Who assigned the grade.\n  gradedBy: editors\n";
    expect(formatted(text)).toBe(text);
  });

  it("a comment on the empty value's line stays there, the one below goes below", () => {
    const text = "a:\n  grade: # a number\n  # Who assigned the grade.\n  gradedBy: editors\n";
    expect(formatted(text)).toBe(text);
  });

  it("with the blank lines written between the comments", () => {
    const text = "a:\n  grade:\n  # first\n\n  # second\n  gradedBy: editors\n";
    expect(formatted(text)).toBe(text);
  });

  it("at the end of its mapping when no key follows", () => {
    const text = "a:\n  grade:\n  # the end of a\nb: 1\n";
    expect(formatted(text)).toBe(text);
  });
});
