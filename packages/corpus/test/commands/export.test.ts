import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkStixBundle } from "../support/stix-check.js";
import { runCli, tempCopy } from "./run-cli.js";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A temporary project holding the small valid corpus of test/fixtures/export. */
function project(): string {
  const temp = tempCopy("export");
  cleanups.push(temp.remove);
  return temp.dir;
}

// The corpus rules judge dates against today: pin it.
const exportArgs = (...args: string[]) => ["export", "--today", "2026-11-21", ...args];

interface Node {
  readonly "@type": string;
  readonly "@id": string;
  readonly [key: string]: unknown;
}

describe("leaks export", () => {
  it("writes the whole corpus as JSON, validated records with defaults filled in", () => {
    const run = runCli(exportArgs("--format", "json"), project());
    expect(run.code).toBe(0);
    const corpus = JSON.parse(run.stdout) as Record<string, { id: string }[]>;
    expect(Object.keys(corpus)).toEqual(["incidents", "claims", "actors", "sources"]);
    expect(
      Object.fromEntries(Object.entries(corpus).map(([k, v]) => [k, v.map((r) => r.id)])),
    ).toEqual({
      incidents: ["harbour-leak"],
      claims: ["not-consulted", "plans-shown"],
      actors: ["borduria", "example-daily", "example-wire", "jan-novak", "ruritania"],
      sources: ["daily-report", "wire-relay"],
    });
    expect(corpus.sources?.[0]).toEqual({
      id: "daily-report",
      kind: "news-report",
      title: "Minister shows harbour plans",
      publisher: "example-daily",
      authors: ["jan-novak"],
      published: "2020-03-02",
      language: "en",
      cites: [],
      reliability: {
        grade: "C",
        gradedBy: "fixtures",
        gradedOn: "2020-03-10",
        rationale: "A fictional outlet.",
      },
    });
  });

  it("writes NDJSON, one record a line, each with its kind", () => {
    const dir = project();
    const run = runCli(exportArgs("--format", "ndjson"), dir);
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => `${line.kind} ${line.record.id}`)).toEqual([
      "incident harbour-leak",
      "claim not-consulted",
      "claim plans-shown",
      "actor borduria",
      "actor example-daily",
      "actor example-wire",
      "actor jan-novak",
      "actor ruritania",
      "source daily-report",
      "source wire-relay",
    ]);
    const whole = JSON.parse(runCli(exportArgs("--format", "json"), dir).stdout);
    expect(lines[1].record).toEqual(whole.claims[0]);
  });

  it("writes a CSV table with columns from the model, lists as JSON, formulas defused", () => {
    const run = runCli(exportArgs("--format", "csv"), project());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatchInlineSnapshot(`
      "id,incidents,statement,claimant.kind,claimant.actor,claimant.anonymous.description,claimant.anonymous.count,claimant.anonymous.affiliation,claimant.anonymous.country,claimant.anonymous.relayedBy,claimant.source,nature,standing,credibility.grade,credibility.gradedBy,credibility.gradedOn,credibility.rationale,appearances,concerns,concernsInferred.expression,concernsInferred.in,concernsInferred.anchor,concernsInferred.note,relations,notes,independentOrigins,origins
      not-consulted,"[""harbour-leak""]",'=The coast guard said it had not been consulted.,anonymous,,a coast guard officer,1,,,,,official-statement,alleged,4,fixtures,2020-03-10,One unnamed officer.,"[{""source"":""wire-relay"",""quote"":""not consulted"",""via"":[]}]",,,,,,"[{""type"":""supports"",""claim"":""plans-shown""}]",,1,"[""wire-relay""]"
      plans-shown,"[""harbour-leak""]","According to The Example Daily, a minister showed harbour defence plans to a delegation.",source-author,,,,,,,daily-report,reported-fact,reported,3,fixtures,2020-03-10,One outlet.,"[{""source"":""daily-report"",""quote"":""the minister showed the harbour plans, with a comma"",""locator"":""paragraph 1"",""via"":[]}]",,,,,,"[{""type"":""supports"",""claim"":""not-consulted""}]",,1,"[""daily-report""]"
      "
    `);
  });

  it("writes every CSV table to a folder", () => {
    const dir = project();
    const run = runCli(exportArgs("--format", "csv", "--out-dir", "csv"), dir);
    expect(run.stdout).toBe(
      "Wrote csv/incidents.csv\nWrote csv/claims.csv\nWrote csv/actors.csv\nWrote csv/sources.csv\n",
    );
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, "csv/sources.csv"), "utf8")).toMatchInlineSnapshot(`
      "id,kind,title,description,publisher,authors,published,publishedInferred.expression,publishedInferred.in,publishedInferred.anchor,publishedInferred.note,language,url,archive.url,archive.snapshot,archive.sha256,cites,reliability.grade,reliability.gradedBy,reliability.gradedOn,reliability.rationale,notes
      daily-report,news-report,Minister shows harbour plans,,example-daily,"[""jan-novak""]",2020-03-02,,,,,en,,,,,[],C,fixtures,2020-03-10,A fictional outlet.,
      wire-relay,state-media-relay,,A wire relay of The Example Daily's report,example-wire,[],2020-03,,,,,fr,,,,,"[{""source"":""daily-report"",""relation"":""relays""}]",F,fixtures,2020-03-10,A relay; its own record cannot be judged.,
      "
    `);
  });

  it("writes schema.org JSON-LD", () => {
    const dir = project();
    const run = runCli(exportArgs("--format", "jsonld", "--out", "out/corpus.jsonld"), dir);
    expect(run.stdout).toBe(
      "Wrote out/corpus.jsonld (1 incidents, 2 claims, 5 actors, 2 sources)\n",
    );
    const doc = JSON.parse(readFileSync(join(dir, "out/corpus.jsonld"), "utf8")) as {
      "@context": unknown;
      "@graph": Node[];
    };
    expect(doc["@context"]).toEqual(["https://schema.org", { leaks: "urn:leaks-dossier:vocab#" }]);
    const graph = doc["@graph"];
    expect(graph.map((node) => `${node["@type"]} ${node["@id"]}`)).toEqual([
      "Event urn:leaks-dossier:incident:harbour-leak",
      "Claim urn:leaks-dossier:claim:not-consulted",
      "Claim urn:leaks-dossier:claim:plans-shown",
      "Country urn:leaks-dossier:actor:borduria",
      "NewsMediaOrganization urn:leaks-dossier:actor:example-daily",
      "NewsMediaOrganization urn:leaks-dossier:actor:example-wire",
      "Person urn:leaks-dossier:actor:jan-novak",
      "Country urn:leaks-dossier:actor:ruritania",
      "NewsArticle urn:leaks-dossier:source:daily-report",
      "NewsArticle urn:leaks-dossier:source:wire-relay",
    ]);
    const byId = new Map(graph.map((node) => [node["@id"], node]));
    expect(byId.get("urn:leaks-dossier:incident:harbour-leak")).toMatchObject({
      startDate: "2020-03-01",
      "leaks:happened": "2020-03-01~",
    });
    expect(byId.get("urn:leaks-dossier:claim:plans-shown")).toEqual({
      "@type": "Claim",
      "@id": "urn:leaks-dossier:claim:plans-shown",
      identifier: "plans-shown",
      text: "According to The Example Daily, a minister showed harbour defence plans to a delegation.",
      about: [{ "@id": "urn:leaks-dossier:incident:harbour-leak" }],
      // In the source's own voice: its credited author speaks.
      author: [{ "@id": "urn:leaks-dossier:actor:jan-novak" }],
      appearance: [
        {
          "@type": "Quotation",
          text: "the minister showed the harbour plans, with a comma",
          isPartOf: { "@id": "urn:leaks-dossier:source:daily-report" },
          description: "paragraph 1",
        },
      ],
      "leaks:nature": "reported-fact",
      "leaks:standing": "reported",
      "leaks:credibility": 3,
      "leaks:supports": [{ "@id": "urn:leaks-dossier:claim:not-consulted" }],
    });
    expect(byId.get("urn:leaks-dossier:source:wire-relay")).toMatchObject({
      publisher: { "@id": "urn:leaks-dossier:actor:example-wire" },
      datePublished: "2020-03",
      inLanguage: "fr",
      isBasedOn: [{ "@id": "urn:leaks-dossier:source:daily-report" }],
    });
    expect(byId.get("urn:leaks-dossier:actor:example-daily")).toMatchObject({
      alternateName: ["Example Daily"],
      "leaks:affiliatedWith": [{ "@id": "urn:leaks-dossier:actor:ruritania" }],
    });
    expect(byId.get("urn:leaks-dossier:actor:jan-novak")).toMatchObject({
      nationality: { "@type": "Country", identifier: "CZ" },
    });
  });

  it("writes a STIX 2.1 bundle to a file, or the same bytes to standard output", () => {
    const dir = project();
    const run = runCli(exportArgs("--format", "stix", "--out", "out/stix.json"), dir);
    expect(run.stdout).toBe("Wrote out/stix.json (1 incidents, 2 claims, 5 actors, 2 sources)\n");
    expect(run.code).toBe(0);
    const text = readFileSync(join(dir, "out/stix.json"), "utf8");
    const bundle = JSON.parse(text) as { type: string; objects: Record<string, unknown>[] };
    expect(checkStixBundle(bundle)).toEqual([]);
    expect(bundle.type).toBe("bundle");
    expect(
      bundle.objects.map(
        (object) => `${String(object.type)} ${String(object.name ?? object.abstract)}`,
      ),
    ).toEqual([
      "identity Leaks Dossier",
      "marking-definition Leaks Dossier data licence: CC-BY-4.0",
      "identity Borduria",
      "identity The Example Daily",
      "identity Example Wire",
      "identity Jan Novák",
      "identity Ruritania",
      "note Minister shows harbour plans",
      "note A wire relay of The Example Daily's report",
      "grouping Harbour plans shown to a foreign delegation",
      "note =The coast guard said it had not been consulted.",
      "note According to The Example Daily, a minister showed harbour defence plans to a delegation.",
    ]);
    const stdout = runCli(exportArgs("--format", "stix"), dir);
    expect(stdout.code).toBe(0);
    expect(stdout.stdout).toBe(text);
  });

  it("refuses a STIX bundle of a corpus with no record to date its objects by", () => {
    const dir = mkdtempSync(join(tmpdir(), "leaks-stix-empty-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    for (const folder of ["incidents", "claims", "actors", "sources"])
      mkdirSync(join(dir, "data", folder), { recursive: true });
    const run = runCli(exportArgs("--format", "stix", "--out", "stix.json"), dir);
    expect(run.stderr).toBe(
      "leaks: the STIX export has no date to give its objects: the data has no claim or source, whose grade days the objects are dated by; add records first\n",
    );
    expect(run.code).toBe(2);
    expect(existsSync(join(dir, "stix.json"))).toBe(false);
  });

  it("exports nothing while the data has errors", () => {
    const dir = project();
    writeFileSync(
      join(dir, "data/claims/harbour-leak/not-consulted.yaml"),
      readFileSync(join(dir, "data/claims/harbour-leak/not-consulted.yaml"), "utf8").replace(
        "source: wire-relay",
        "source: wire-relya",
      ),
    );
    const run = runCli(exportArgs("--format", "json", "--out", "corpus.json"), dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines[0]).toMatch(
      /^✖ data\/claims\/harbour-leak\/not-consulted\.yaml:\d+:\d+ appearances\[0\]\.source /,
    );
    expect(lines.at(-1)).toMatch(
      /^leaks: nothing exported: the data has \d+ errors?; fix them first \(leaks validate\)$/,
    );
    expect(existsSync(join(dir, "corpus.json"))).toBe(false);
  });

  it.each([
    [
      ["--format", "xml"],
      "error: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are json, ndjson, csv, jsonld, stix, release.\n(run with --help for usage)\n",
    ],
    [["--format", "json", "--table", "claims"], "leaks: --table is for --format csv only\n"],
    [
      ["--format", "csv", "--out-dir", "x", "--out", "y.csv"],
      "leaks: --out-dir writes every table: leave out --out and --table\n",
    ],
  ])("exits 2 on a usage error: %j", (args, message) => {
    const run = runCli(exportArgs(...args), project());
    expect(run.stderr).toBe(message);
    expect(run.code).toBe(2);
  });

  it("has help with examples", () => {
    const run = runCli(["export", "--help"], project());
    expect(run.stdout).toContain("Usage: leaks export [options]");
    expect(run.stdout).toContain("$ leaks export --format csv --out-dir csv/");
    expect(run.stdout).toContain("stix    a STIX 2.1 bundle for threat-intelligence tools");
    expect(run.stdout).toContain("$ leaks export --format stix --out stix.json");
    expect(run.code).toBe(0);
  });
});
