import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { type Corpus, referencesOf } from "@leaks/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpusTables, REFERENCES } from "../../src/export/tables.js";
import { checkStixBundle } from "../support/stix-check.js";
import { runCli, tempCopy } from "./run-cli.js";

const PACKAGE = new URL("../../", import.meta.url).pathname;
const DATA = join(PACKAGE, "data");
const corpus = JSON.parse(readFileSync(join(PACKAGE, "corpus.json"), "utf8")) as Corpus;
const total =
  corpus.incidents.length + corpus.claims.length + corpus.actors.length + corpus.sources.length;

let out: string;
let run: ReturnType<typeof runCli>;
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "leaks-release-"));
  run = runCli(["--data", DATA, "export", "--format", "release", "--out-dir", out], out);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

function sqlite(...sql: string[]): string {
  return execFileSync("sqlite3", ["-readonly", join(out, "leaks-corpus.sqlite"), ...sql], {
    encoding: "utf8",
  }).trim();
}

async function duckdb(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjects();
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => relative(dir, join(dir, path)).split("\\").join("/"))
    .sort();
}

const laptopClaim = corpus.claims.find((claim) => /laptop/i.test(claim.statement));

describe("leaks export --format release, on the shipped corpus", () => {
  it("writes the bundle, with progress on stderr", () => {
    expect(run.stderr).toContain("leaks: writing the SQLite database");
    expect(run.stderr).toContain("Parquet files");
    expect(run.stdout).toMatch(/^Wrote \d+ files to .* \(\d+ incidents, \d+ claims/);
    expect(run.code).toBe(0);
    expect(filesUnder(out)).toEqual(
      expect.arrayContaining([
        "LICENSE-DATA.md",
        "changes.json",
        "csv/claims.csv",
        "datapackage.json",
        "leaks-corpus.json",
        "leaks-corpus.jsonld",
        "leaks-corpus.ndjson",
        "leaks-corpus.sqlite",
        "parquet/claims.parquet",
        "parquet/claim_appearances.parquet",
        "stix.json",
      ]),
    );
  });

  it("the SQLite database holds every claim and appearance, with clean foreign keys", () => {
    expect(Number(sqlite("SELECT count(*) FROM claims"))).toBe(corpus.claims.length);
    expect(Number(sqlite("SELECT count(*) FROM claim_appearances"))).toBe(
      corpus.claims.reduce((sum, claim) => sum + claim.appearances.length, 0),
    );
    expect(Number(sqlite("SELECT count(*) FROM incident_impacts"))).toBe(
      corpus.incidents.reduce((sum, incident) => sum + incident.impacts.length, 0),
    );
    expect(sqlite("PRAGMA foreign_key_check")).toBe("");
    expect(sqlite("PRAGMA integrity_check")).toBe("ok");
    expect(
      sqlite("SELECT \"table\" FROM pragma_foreign_key_list('claim_appearances') ORDER BY 1").split(
        "\n",
      ),
    ).toEqual(["claims", "sources"]);
  });

  it("finds a claim by its statement and by its quote with FTS5", () => {
    expect(laptopClaim).toBeDefined();
    const byStatement = sqlite(
      "SELECT c.id FROM claims_fts JOIN claims c ON c.rowid = claims_fts.rowid WHERE claims_fts MATCH 'laptop' ORDER BY c.id",
    ).split("\n");
    expect(byStatement).toContain(laptopClaim?.id);
    const quote = laptopClaim?.appearances[0]?.quote ?? "";
    const word = quote.split(/\W+/).find((w) => w.length > 6) ?? "";
    const byQuote = sqlite(
      `SELECT a.claim_id FROM claim_appearances_fts f JOIN claim_appearances a ON a.rowid = f.rowid WHERE claim_appearances_fts MATCH '"${word}"'`,
    ).split("\n");
    expect(byQuote).toContain(laptopClaim?.id);
    expect(sqlite("SELECT value FROM about WHERE key = 'license'")).toBe("CC-BY-4.0");
  });

  it("the Parquet files hold the same tables, read back by DuckDB", async () => {
    const [claims] = await duckdb(
      `SELECT count(*) AS n, count(DISTINCT id) AS ids FROM read_parquet('${join(out, "parquet/claims.parquet")}')`,
    );
    expect(claims).toEqual({ n: BigInt(corpus.claims.length), ids: BigInt(corpus.claims.length) });
    const tables = corpusTables(corpus);
    for (const table of tables) {
      const [row] = await duckdb(
        `SELECT count(*) AS n FROM read_parquet('${join(out, "parquet", `${table.name}.parquet`)}')`,
      );
      expect(row?.n, table.name).toBe(BigInt(table.rows.length));
      expect(Number(sqlite(`SELECT count(*) FROM "${table.name}"`)), table.name).toBe(
        table.rows.length,
      );
    }
    const [grade] = await duckdb(
      `SELECT typeof(credibility_grade) AS type FROM read_parquet('${join(out, "parquet/claims.parquet")}') LIMIT 1`,
    );
    expect(grade).toEqual({ type: "BIGINT" });
  });

  it("datapackage.json lists every file with its true bytes and sha256, and the licence", () => {
    const datapackage = JSON.parse(readFileSync(join(out, "datapackage.json"), "utf8"));
    expect(datapackage.licenses).toEqual([expect.objectContaining({ name: "CC-BY-4.0" })]);
    const listed: string[] = [];
    for (const resource of datapackage.resources) {
      const bytes = readFileSync(join(out, resource.path));
      expect(resource.bytes, resource.path).toBe(bytes.length);
      expect(resource.hash, resource.path).toBe(
        `sha256:${createHash("sha256").update(bytes).digest("hex")}`,
      );
      expect(resource.format, resource.path).toMatch(/^[a-z]+$/);
      expect(resource.mediatype, resource.path).toMatch(/^[a-z]+\/[-+.a-z0-9]+$/);
      listed.push(resource.path);
    }
    expect([...listed, "datapackage.json"].sort()).toEqual(filesUnder(out));
    const claims = datapackage.resources.find(
      (r: { path: string }) => r.path === "parquet/claims.parquet",
    );
    expect(claims.schema.primaryKey).toEqual(["id"]);
    expect(claims.schema.fields.map((f: { name: string }) => f.name)).toContain("statement");
    const csv = datapackage.resources.find((r: { path: string }) => r.path === "csv/claims.csv");
    const header = readFileSync(join(out, "csv/claims.csv"), "utf8").split("\n", 1)[0];
    expect(csv.schema.fields.map((f: { name: string }) => f.name).join(",")).toBe(header);
  });

  it("stix.json is the STIX 2.1 bundle that export --format stix writes, listed as STIX", () => {
    const text = readFileSync(join(out, "stix.json"), "utf8");
    expect(checkStixBundle(JSON.parse(text))).toEqual([]);
    const alone = runCli(["--data", DATA, "export", "--format", "stix"], out);
    expect(alone.code).toBe(0);
    expect(alone.stdout).toBe(text);
    const datapackage = JSON.parse(readFileSync(join(out, "datapackage.json"), "utf8"));
    expect(
      datapackage.resources.find((r: { path: string }) => r.path === "stix.json"),
    ).toMatchObject({ format: "json", mediatype: "application/stix+json", encoding: "utf-8" });
  });

  it("changes.json: with no earlier release tag every record is added, and says so", () => {
    const changes = JSON.parse(readFileSync(join(out, "changes.json"), "utf8"));
    expect(Object.keys(changes)).toEqual([
      "version",
      "since",
      "note",
      "summary",
      "added",
      "changed",
      "removed",
      "renamed",
    ]);
    expect(changes.since).toBeNull();
    expect(changes.note).toMatch(/every record is listed as added/);
    expect(changes.summary).toEqual({
      added: total,
      changed: 0,
      retracted: 0,
      removed: 0,
      renamed: 0,
    });
    expect(changes.added).toHaveLength(total);
    const first = corpus.incidents[0];
    expect(changes.added[0]).toEqual({
      kind: "incident",
      id: first?.id,
      incidents: [first?.id],
      relationships: expect.any(Array),
    });
    // Each record says which incidents' and relationships' feeds it belongs in.
    const claim = corpus.claims[0];
    expect(changes.added.find((r: { id: string }) => r.id === claim?.id).incidents).toEqual(
      [...(claim?.incidents ?? [])].sort(),
    );
  });

  it("changes.json with --since is what leaks diff finds", () => {
    const dir = mkdtempSync(join(tmpdir(), "leaks-release-since-"));
    try {
      const since = runCli(
        ["--data", DATA, "export", "--format", "release", "--out-dir", dir, "--since", "HEAD~1"],
        dir,
      );
      expect(since.code).toBe(0);
      const changes = JSON.parse(readFileSync(join(dir, "changes.json"), "utf8"));
      const diff = JSON.parse(
        runCli(["--data", DATA, "diff", "HEAD~1", "--format", "json"], dir).stdout,
      );
      expect(changes.since).toBe("HEAD~1");
      expect(changes).not.toHaveProperty("note");
      const unscoped = (records: { incidents: unknown; relationships: unknown }[]) =>
        records.map(({ incidents: _i, relationships: _r, ...record }) => record);
      expect({
        added: unscoped(changes.added),
        changed: unscoped(changes.changed),
        removed: unscoped(changes.removed),
        renamed: unscoped(changes.renamed),
      }).toEqual(diff);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("leaks export --format release, refusals", () => {
  it("exports nothing while the data has errors", () => {
    const temp = tempCopy("export");
    try {
      const file = join(temp.dir, "data/claims/harbour-leak/not-consulted.yaml");
      writeFileSync(
        file,
        readFileSync(file, "utf8").replace("source: wire-relay", "source: wire-relya"),
      );
      const refused = runCli(
        ["export", "--today", "2026-11-21", "--format", "release", "--out-dir", "bundle"],
        temp.dir,
      );
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/leaks: nothing exported: the data has \d+ errors?/);
      expect(() => statSync(join(temp.dir, "bundle"))).toThrow();
    } finally {
      temp.remove();
    }
  });

  it("needs --out-dir, and --since only goes with it", () => {
    const temp = tempCopy("export");
    try {
      const noDir = runCli(["export", "--format", "release"], temp.dir);
      expect(noDir.stderr).toBe(
        "leaks: --format release writes a folder: give --out-dir <dir>, not --out\n",
      );
      expect(noDir.code).toBe(2);
      const since = runCli(["export", "--format", "json", "--since", "HEAD"], temp.dir);
      expect(since.stderr).toBe("leaks: --since is for --format release only\n");
      expect(since.code).toBe(2);
    } finally {
      temp.remove();
    }
  });

  it("lists the release format in its help", () => {
    const help = runCli(["export", "--help"], PACKAGE).stdout;
    expect(help).toContain("release a release bundle in --out-dir");
    expect(help).toContain("$ leaks export --format release --out-dir release/");
  });
});

describe("the tables' foreign keys", () => {
  it("cover every reference a record makes, as @leaks/schema's referencesOf finds them", () => {
    const tables = corpusTables(corpus);
    const seen = new Set<string>();
    for (const [kind, records] of [
      ["incident", corpus.incidents],
      ["claim", corpus.claims],
      ["actor", corpus.actors],
      ["source", corpus.sources],
    ] as const)
      for (const record of records)
        for (const reference of referencesOf({ kind, record } as Parameters<
          typeof referencesOf
        >[0])) {
          const pattern = `${kind}:${reference.path
            .map((segment) => (typeof segment === "number" ? "[]" : `.${segment}`))
            .join("")
            .replace(/^\./, "")
            .replace(/\.\[\]/g, "[]")}`;
          expect(REFERENCES.get(pattern), pattern).toBe(reference.target);
          seen.add(pattern);
        }
    expect(seen.size).toBeGreaterThan(10);
    const foreignKeys = tables.flatMap((table) =>
      table.foreignKeys.filter((fk) => fk.columns.length === 1 && fk.references[0] === "id"),
    );
    // Each reference field is a foreign key somewhere (the key to the parent row aside).
    expect(foreignKeys.length).toBeGreaterThanOrEqual(REFERENCES.size);
  });
});
