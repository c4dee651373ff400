import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type Corpus,
  formatProblem,
  type PathSegment,
  parseRecord,
  parseRedirects,
  RECORD_KINDS,
  type RecordKind,
  type RecordOfKind,
} from "@leaks/schema";
import * as z from "zod";

const folder = fileURLToPath(new URL("../fixtures/corpora/", import.meta.url));

/** What a problem is pinned by in a fixture: its code and where it is, never its prose. */
const ExpectedProblem = z.strictObject({
  code: z.string(),
  recordKind: z.enum(RECORD_KINDS),
  recordId: z.string(),
  path: z.array(z.union([z.string(), z.int()])),
});
export type ExpectedProblem = z.infer<typeof ExpectedProblem>;

const FixtureFile = z.strictObject({
  breaks: z.string().min(1),
  today: z.iso.date(),
  records: z.strictObject({
    incidents: z.array(z.unknown()).default([]),
    claims: z.array(z.unknown()).default([]),
    actors: z.array(z.unknown()).default([]),
    sources: z.array(z.unknown()).default([]),
    redirects: z.array(z.unknown()).default([]),
  }),
  expected: z.array(ExpectedProblem),
});

export interface CorpusFixture {
  readonly name: string;
  readonly valid: boolean;
  /** The case the fixture breaks, in words. */
  readonly breaks: string;
  readonly today: string;
  readonly corpus: Corpus;
  readonly expected: readonly ExpectedProblem[];
}

const COLLECTIONS = {
  incident: "incidents",
  claim: "claims",
  actor: "actors",
  source: "sources",
} as const satisfies Record<RecordKind, keyof Corpus>;

function parseAll<K extends RecordKind>(kind: K, inputs: readonly unknown[], file: string) {
  return inputs.map((input): RecordOfKind[K] => {
    const result = parseRecord(kind, input);
    if (!result.ok)
      throw new Error(
        `${file}: a fixture record must pass the schema, so only corpus rules fire:\n${result.problems.map(formatProblem).join("\n")}`,
      );
    return result.record;
  });
}

function parseRedirectsOf(inputs: readonly unknown[], file: string) {
  const result = parseRedirects({ redirects: inputs });
  if (!result.ok)
    throw new Error(
      `${file}: fixture redirects must pass their schema:\n${result.problems.map(formatProblem).join("\n")}`,
    );
  return result.redirects;
}

function load(file: string, valid: boolean): CorpusFixture {
  const data = FixtureFile.parse(JSON.parse(readFileSync(file, "utf8")));
  const { records } = data;
  return {
    name: basename(file, ".json"),
    valid,
    breaks: data.breaks,
    today: data.today,
    corpus: {
      incidents: parseAll("incident", records[COLLECTIONS.incident], file),
      claims: parseAll("claim", records[COLLECTIONS.claim], file),
      actors: parseAll("actor", records[COLLECTIONS.actor], file),
      sources: parseAll("source", records[COLLECTIONS.source], file),
      redirects: parseRedirectsOf(records.redirects, file),
    },
    expected: data.expected,
  };
}

/** Every fixture corpus: `valid/*.json` break nothing, `invalid/*.json` break what they are named after. */
export function loadCorpusFixtures(): CorpusFixture[] {
  return (["valid", "invalid"] as const).flatMap((kind) =>
    readdirSync(join(folder, kind))
      .filter((name) => name.endsWith(".json"))
      .sort()
      .map((name) => load(join(folder, kind, name), kind === "valid")),
  );
}

/** The fields of a problem a fixture pins, in a stable order for comparison. */
export function pinned(problem: {
  code: string;
  recordKind?: RecordKind;
  recordId?: string;
  path: readonly PathSegment[];
}): ExpectedProblem {
  return {
    code: problem.code,
    recordKind: problem.recordKind ?? "incident",
    recordId: problem.recordId ?? "",
    path: [...problem.path],
  };
}

export const byLocation = (a: ExpectedProblem, b: ExpectedProblem) =>
  JSON.stringify([a.code, a.recordKind, a.recordId, a.path]).localeCompare(
    JSON.stringify([b.code, b.recordKind, b.recordId, b.path]),
  );
