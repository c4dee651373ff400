/** URLs a source may give: what HttpUrl refuses and says, and the host `urlHost` shows. */
import { describe, expect, test } from "vitest";
import { formatProblem, HttpUrl, parseRecord, urlHost } from "../src/index.js";

const source = {
  id: "example-report",
  kind: "news-report",
  reliability: {
    grade: "B",
    gradedBy: "editors",
    gradedOn: "2024-01-02",
    rationale: "An outlet that publishes its corrections.",
  },
};

/** The problems of a source whose url is `url`, as `code: message → hint`. */
const problemsOf = (url: string) =>
  parseRecord("source", { ...source, url }).problems.map(
    (p) => `${p.path.join(".")} ${p.code}: ${p.message} → ${p.hint}`,
  );

describe("a user name before the host", () => {
  test("is refused, naming the host the URL would open", () => {
    expect(problemsOf("https://trusted.example@other.example/")).toEqual([
      'url invalid-format: string "https://trusted.example@other.example/": the URL would open other.example, not trusted.example: what comes before "@" is a user name → remove everything between "//" and "@": https://other.example/',
    ]);
  });

  test("with a password, empty, or in an archive URL, is refused too", () => {
    expect(problemsOf("https://editor:secret@example.org/report")[0]).toContain(
      'the URL would open example.org, not editor: what comes before "@" is a user name and password',
    );
    expect(problemsOf("https://@example.org/report")[0]).toContain(
      'the URL would open example.org: the "@" before it starts an empty user name',
    );
    const archived = parseRecord("source", {
      ...source,
      archive: { url: "http://example.org@archive.example/page" },
    });
    expect(archived.problems.map((p) => `${p.path.join(".")} ${p.code}`)).toEqual([
      "archive.url invalid-format",
    ]);
  });

  test("is not an @ in the path, the query or the fragment", () => {
    for (const url of [
      "https://example.org/@example-outlet/report",
      "https://example.org/report?by=a@example.org",
      "https://example.org/report#@top",
    ])
      expect(HttpUrl.safeParse(url).success, url).toBe(true);
  });
});

describe("whitespace in a URL", () => {
  test("a space inside is refused, with the way to write it", () => {
    expect(problemsOf("https://example.org/a report")).toEqual([
      'url invalid-format: string "https://example.org/a report": a space at character 22: a URL has no spaces, tabs or line breaks → write a space inside a URL as %20',
    ]);
    expect(HttpUrl.safeParse("https://example.org/a%20report").success).toBe(true);
  });

  test("around the URL, tabs, line feeds and other spaces are refused, though z.url would trim or drop them", () => {
    expect(problemsOf(" https://example.org/report ")[0]).toContain(
      "a space at character 1: a URL has no spaces, tabs or line breaks (and 1 more) → delete the whitespace before and after the URL",
    );
    expect(problemsOf("https://example.org/re\tport")[0]).toContain(
      "U+0009 CHARACTER TABULATION at character 23: a URL has no spaces, tabs or line breaks → delete it",
    );
    expect(problemsOf("https://example.org/report\n")[0]).toContain(
      "U+000A LINE FEED at character 27: a URL has no spaces, tabs or line breaks → delete the whitespace before and after the URL",
    );
    expect(problemsOf("https://example.org/\u00a0report")[0]).toContain(
      "U+00A0 NO-BREAK SPACE at character 21",
    );
  });
});

describe("control and invisible characters in a URL", () => {
  test("are unsafe characters, never echoed", () => {
    for (const [url, label] of [
      ["https://example.org/report\u202e", "U+202E RIGHT-TO-LEFT OVERRIDE at character 27"],
      ["https://exam\u200bple.org/", "U+200B ZERO WIDTH SPACE at character 13"],
      ["https://example.org/\u0007", "U+0007 ALERT at character 21"],
      ["https://example.org/\r", "U+000D CARRIAGE RETURN at character 21"],
    ] as const) {
      const problems = parseRecord("source", { ...source, url }).problems;
      expect(problems.map((p) => p.code)).toEqual(["unsafe-character"]);
      expect(problems[0]?.message).toMatch(new RegExp(`^${label.replace("+", "\\+")} `));
      const character = String.fromCodePoint(Number.parseInt(label.slice(2, 6), 16));
      for (const problem of problems) expect(formatProblem(problem)).not.toContain(character);
    }
  });

  test("schemes other than http and https stay refused", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,x", "ftp://example.org/report"])
      expect(HttpUrl.safeParse(url).success, url).toBe(false);
  });
});

describe("a host in another script", () => {
  test("is accepted, and checked and shown in its punycode form", () => {
    expect(HttpUrl.safeParse("https://b\u00fccher.example/report").success).toBe(true);
    expect(urlHost("https://b\u00fccher.example/report")).toBe("xn--bcher-kva.example");
    expect(HttpUrl.safeParse("https://xn--bcher-kva.example/report").success).toBe(true);
    expect(urlHost("https://xn--bcher-kva.example/report")).toBe("xn--bcher-kva.example");
    // A Cyrillic "а" for the Latin "a": the look-alike host shows as what it is.
    expect(urlHost("https://ex\u0430mple.org/")).toBe("xn--exmple-4nf.org");
    expect(urlHost("https://Example.ORG/Report")).toBe("example.org");
  });

  test("whose punycode form is not a domain name is refused", () => {
    // No top-level domain: "xn--bcher-kva" alone is a host name, not a domain.
    expect(problemsOf("https://b\u00fccher/report")).toEqual([
      'url invalid-format: string "https://b\u00fccher/report": expected an absolute http:// or https:// URL → rewrite "url" as an absolute http:// or https:// URL',
    ]);
  });
});
