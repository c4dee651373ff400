import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CODE_LICENSE, DATA_LICENSE } from "../src/data-licence.js";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const manifest = JSON.parse(read("../package.json")) as { license: string; files: string[] };

describe("licences", () => {
  it("the package's licence is the code's and the data's, as an SPDX expression", () => {
    expect(manifest.license).toBe(`${CODE_LICENSE.spdx} AND ${DATA_LICENSE.spdx}`);
    expect(manifest.files).toEqual(expect.arrayContaining(["LICENSE", "LICENSE-DATA.md"]));
  });

  it("meta.json names the data's licence, CC BY 4.0", () => {
    expect((JSON.parse(read("../meta.json")) as { license: string }).license).toBe("CC-BY-4.0");
  });

  it("the data licence keeps quotes and archived texts their publishers'", () => {
    const text = read("../LICENSE-DATA.md");
    expect(text).toContain("Creative Commons Attribution 4.0 International");
    expect(text).toContain("`CC-BY-4.0`");
    expect(text).toMatch(/\*\*Quotes\.\*\*[\s\S]*remain their publishers'/);
    expect(text).toMatch(
      /\*\*Archived texts\.\*\*[\s\S]*`archive\/`[\s\S]*remain their publishers'/,
    );
  });

  it("the package's MIT licence is the repository's, and the schema package stays MIT", () => {
    expect(read("../LICENSE")).toBe(read("../../../LICENSE"));
    expect((JSON.parse(read("../../schema/package.json")) as { license: string }).license).toBe(
      "MIT",
    );
  });
});
