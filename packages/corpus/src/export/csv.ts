import { type Claim, type Corpus, claimProvenance, RECORD_SCHEMAS } from "@leaks/schema";
import { stringify } from "csv-stringify/sync";
import {
  arrayElement,
  objectFields,
  type SchemaNode,
  unionOptions,
  unwrap,
} from "../format/schema-walk.js";
import { COLLECTIONS } from "./ordered-corpus.js";

export type CsvTable = (typeof COLLECTIONS)[number][0];
export const CSV_TABLES: readonly CsvTable[] = COLLECTIONS.map(([collection]) => collection);

/**
 * The columns of a record kind, derived from its model so that the header never depends on
 * which optional fields the data happens to use: nested objects become dotted columns
 * (`credibility.grade`), the branches of a union share one set of columns, and a list is one
 * column holding JSON.
 */
function columnsOf(schema: SchemaNode, prefix: string): string[] {
  const inner = unwrap(schema);
  if (arrayElement(inner) !== undefined) return [prefix];
  const fields = objectFields(inner);
  if (fields !== undefined) {
    return fields.flatMap(([name, field]) =>
      columnsOf(field, prefix === "" ? name : `${prefix}.${name}`),
    );
  }
  const union = unionOptions(inner);
  if (union?.options.every((o) => objectFields(o) !== undefined)) {
    return [...new Set(union.options.flatMap((option) => columnsOf(option, prefix)))];
  }
  return [prefix];
}

function cell(record: unknown, column: string): string {
  let value: unknown = record;
  for (const key of column.split(".")) {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return "";
    value = (value as Record<string, unknown>)[key];
  }
  if (value === undefined || value === null) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

const KIND_OF = Object.fromEntries(COLLECTIONS) as Record<
  CsvTable,
  (typeof COLLECTIONS)[number][1]
>;

/**
 * One table of the corpus as CSV (RFC 4180), a header row first. Text that a spreadsheet
 * would run as a formula (`=`, `+`, `-`, `@` first) gets a leading `'`: contributed text is
 * untrusted, and journalists open these files in spreadsheets.
 */
export function corpusCsv(corpus: Corpus, table: CsvTable): string {
  const columns = columnsOf(RECORD_SCHEMAS[KIND_OF[table]] as unknown as SchemaNode, "");
  const rows = corpus[table].map((record) => columns.map((column) => cell(record, column)));
  if (table === "claims") {
    // Computed, as the site and the rules count them: from each claim's own appearances.
    columns.push(...PROVENANCE_COLUMNS);
    for (const [i, claim] of corpus.claims.entries())
      rows[i]?.push(...provenanceCells(claim, corpus));
  }
  return stringify([columns, ...rows], { escape_formulas: true });
}

/** Columns the claims table adds to the model's: where each claim entered the record. */
export const PROVENANCE_COLUMNS = ["independentOrigins", "origins"] as const;

function provenanceCells(claim: Claim, corpus: Corpus): string[] {
  const provenance = claimProvenance(claim, corpus);
  return [
    String(provenance.independent.length),
    JSON.stringify(provenance.origins.map((origin) => origin.source)),
  ];
}
