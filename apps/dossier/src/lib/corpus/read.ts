import { readFileSync } from "node:fs";
import * as published from "@leaks/corpus";
import { checkRecords, type GivenRecord } from "@leaks/corpus/loader";
import {
  type Actor,
  type Claim,
  type Corpus,
  formatProblem,
  type Incident,
  type Problem,
  parseRecord,
  parseRedirects,
  type RecordKind,
  type Redirect,
  type Source,
} from "@leaks/schema";

const COLLECTIONS = [
  ["incidents", "incident"],
  ["claims", "claim"],
  ["actors", "actor"],
  ["sources", "source"],
] as const satisfies readonly (readonly [keyof Corpus, RecordKind])[];

/** A corpus file that does not validate: the build stops and says where and why. */
export class CorpusError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly Problem<string>[],
  ) {
    super(
      `${file}: ${problems.length} problem(s) in the corpus\n${problems.map(formatProblem).join("\n")}`,
    );
    this.name = "CorpusError";
  }
}

function problem(
  code: string,
  message: string,
  hint: string,
  path: Problem["path"],
): Problem<string> {
  return { code, severity: "error", message, hint, path };
}

/**
 * Validates a corpus JSON of `{ incidents, claims, actors, sources, redirects? }` record by
 * record with the schema: text from a file is untrusted and is never cast to a record type.
 */
export function parseCorpusJson(text: string, file: string): Corpus {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CorpusError(file, [
      problem("invalid-json", String(error), "fix the JSON syntax", []),
    ]);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new CorpusError(file, [
      problem(
        "invalid-corpus",
        "expected an object",
        "write { incidents, claims, actors, sources }",
        [],
      ),
    ]);
  }
  const problems: Problem<string>[] = [];
  const parsed = { incidents: [], claims: [], actors: [], sources: [] } as {
    incidents: Incident[];
    claims: Claim[];
    actors: Actor[];
    sources: Source[];
  };
  // Every record, valid or not, for the checks across records; each known by its place.
  const given: GivenRecord[] = [];
  const places = new Map<string, readonly [keyof Corpus, number]>();
  for (const [key, kind] of COLLECTIONS) {
    const items: unknown = (data as Record<string, unknown>)[key];
    if (!Array.isArray(items)) {
      problems.push(
        problem("invalid-corpus", `"${key}" is not an array`, `give "${key}" as an array`, [key]),
      );
      continue;
    }
    items.forEach((item: unknown, index) => {
      const result = parseRecord(kind, item);
      // Padded, so that the checks, which go by place, take records in the file's order.
      const where = `${key}/${String(index).padStart(9, "0")}`;
      places.set(where, [key, index]);
      const givenId = (item as { id?: unknown } | null)?.id;
      if (result.ok) {
        (parsed[key] as unknown[]).push(result.record);
        given.push({ kind, id: result.record.id, where, record: result.record });
      } else {
        problems.push(...result.problems.map((p) => ({ ...p, path: [key, index, ...p.path] })));
        given.push({ kind, id: typeof givenId === "string" ? givenId : where, where });
      }
    });
  }
  // Redirects are optional: a corpus without them has no old ids.
  let redirects: readonly Redirect[] = [];
  const givenRedirects = (data as { redirects?: unknown }).redirects;
  if (givenRedirects !== undefined) {
    const result = parseRedirects({ redirects: givenRedirects });
    if (result.ok) redirects = result.redirects;
    else problems.push(...result.problems);
  }
  if (problems.length > 0) throw new CorpusError(file, problems);
  // The checks across records of the loader, as they gate the published package: references
  // resolve, dates agree, ids are not confusable, redirects lead straight to a record.
  const today = new Date().toISOString().slice(0, 10);
  const errors = checkRecords(given, { today, redirects, redirectsWhere: "redirects" })
    .filter((p) => p.severity === "error")
    .map(({ file: where, ...p }) => {
      const place = where === undefined ? undefined : places.get(where);
      return place === undefined ? p : { ...p, path: [...place, ...p.path] };
    });
  if (errors.length > 0) throw new CorpusError(file, errors);
  return { ...parsed, redirects };
}

export function readRecords(): Corpus {
  // Set at build time to export the site over another corpus (the hostile fixture of the tests).
  const override = process.env.LEAKS_CORPUS_JSON;
  if (override !== undefined && override !== "") {
    return parseCorpusJson(readFileSync(override, "utf8"), override);
  }
  // Validated when @leaks/corpus was built: its build ships no data with an error in it.
  // The shipped records are frozen and typed read-only; the site only reads them.
  const { incidents, claims, actors, sources, redirects } = published;
  return { incidents, claims, actors, sources, redirects } as unknown as Corpus;
}
