import { describe, expect, test } from "vitest";
import { parseYaml } from "../../src/loader/read/parse-yaml.js";

describe("where a YAML syntax problem is", () => {
  test("a NUL byte on the third line is reported on the third line, at its column", () => {
    const { issues } = parseYaml("id: x\nkind: state\nname: Ex\u0000ample\n");
    expect(issues).toMatchObject([{ code: "yaml-syntax", line: 3, column: 9 }]);
  });

  test("a mapping of more than 200 keys is refused before its record is checked", () => {
    const text = Array.from({ length: 201 }, (_, i) => `k${i}: v`).join("\n");
    expect(parseYaml(text)).toEqual({
      issues: [expect.objectContaining({ code: "too-many-keys", path: [] })],
    });
  });
});
