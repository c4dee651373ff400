import type { Corpus } from "@leaks/schema";
import { COLLECTIONS } from "./ordered-corpus.js";

/** The whole corpus as one JSON document: `{ incidents, claims, actors, sources }`. */
export function corpusJson(corpus: Corpus): string {
  const { incidents, claims, actors, sources } = corpus;
  return `${JSON.stringify({ incidents, claims, actors, sources }, null, 2)}\n`;
}

/**
 * One record a line, as `{"kind":"claim","record":{...}}`: the record stays whole, since
 * incidents, actors and sources have a `kind` field of their own.
 */
export function corpusNdjson(corpus: Corpus): string {
  const lines: string[] = [];
  for (const [collection, kind] of COLLECTIONS) {
    for (const record of corpus[collection]) lines.push(JSON.stringify({ kind, record }));
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
