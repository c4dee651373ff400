import { type Corpus, claimProvenance } from "@leaks/schema";
import type { Cell, Table } from "./table-types.js";

/** Computed, as the site and the rules count them: where each claim entered the record. */
export function claimOrigins(corpus: Corpus): Table {
  const rows: Cell[][] = [];
  for (const claim of corpus.claims) {
    const provenance = claimProvenance(claim, corpus);
    const group = new Map<string, number>();
    for (const [i, origins] of provenance.independent.entries())
      for (const origin of origins) group.set(origin.source, i);
    for (const [i, origin] of provenance.origins.entries())
      rows.push([claim.id, i, origin.source, group.get(origin.source) ?? null]);
  }
  return {
    name: "claim_origins",
    description:
      "Computed: the sources where each claim entered the record (the start of its appearances' chains), and which group of independent origins each belongs to.",
    columns: [
      { name: "claim_id", type: "text", required: true },
      {
        name: "position",
        type: "integer",
        required: true,
        description: "Place in the list, from 0.",
      },
      { name: "source_id", type: "text", required: true, description: "The origin source." },
      {
        name: "independent_group",
        type: "integer",
        required: true,
        description:
          "Origins with the same number are one origin (one publisher, or one draws on the other); the number of groups is the claim's count of independent origins.",
      },
    ],
    primaryKey: ["claim_id", "position"],
    foreignKeys: [
      { columns: ["claim_id"], table: "claims", references: ["id"] },
      { columns: ["source_id"], table: "sources", references: ["id"] },
    ],
    rows,
  };
}
