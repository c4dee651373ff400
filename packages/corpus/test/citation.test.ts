import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { citationRelease, withRelease } from "../../../scripts/citation.mjs";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const citationText = read("../../../CITATION.cff");
const schema = JSON.parse(read("../../../tooling/citation/cff-1.2.0.schema.json"));
const { version } = JSON.parse(read("../package.json")) as { version: string };

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

describe("CITATION.cff", () => {
  it("is valid against the CFF 1.2.0 schema", () => {
    const validate = validator();
    const cff = parse(citationText);
    expect(validate.errors ?? null).toBeNull();
    expect(validate(cff), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(cff["cff-version"]).toBe("1.2.0");
  });

  it("the schema check can fail: a missing title and an unknown key are refused", () => {
    const validate = validator();
    const { title: _title, ...rest } = parse(citationText);
    expect(validate({ ...rest, repositry: "x" })).toBe(false);
    expect(validate.errors?.map((error) => error.keyword).sort()).toEqual([
      "additionalProperties",
      "required",
    ]);
  });

  it("has the version of @leaks/corpus, with a release date", () => {
    expect(citationRelease(citationText)).toEqual({
      version,
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(parse(citationText).version).toBe(version);
  });

  it("names the project as its author and invents no address, DOI or person", () => {
    const cff = parse(citationText);
    expect(cff.authors).toEqual([{ name: "Leaks Dossier" }]);
    for (const key of ["repository-code", "url", "doi", "identifiers", "repository"])
      expect(cff).not.toHaveProperty(key);
    expect(cff.license).toBe("CC-BY-4.0");
  });

  it("the release script's rewrite sets version and date, and keeps the rest", () => {
    const next = withRelease(citationText, "1.2.0", "2027-01-31");
    expect(citationRelease(next)).toEqual({ version: "1.2.0", date: "2027-01-31" });
    expect(validator()(parse(next))).toBe(true);
    expect(next.replace(/^(version|date-released):.*$/gm, "")).toBe(
      citationText.replace(/^(version|date-released):.*$/gm, ""),
    );
    expect(() => withRelease(citationText, "1.2.0", "31/01/2027")).toThrow(/not a date/);
  });
});
