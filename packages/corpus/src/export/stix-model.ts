import type { Corpus } from "@leaks/schema";
import { v5 } from "uuid";
import { DATA_LICENSE } from "../data-licence.js";

/**
 * The building blocks of the STIX 2.1 export: stable ids, timestamps from the data's own days,
 * the Admiralty credibility scale as STIX confidence, and the objects that every other object
 * points at (the dataset's identity and the licence's marking).
 */

export type StixObject = Record<string, unknown>;

/**
 * The project's UUID namespace: the UUIDv5 of `urn:leaks-dossier` in the URL namespace of
 * RFC 9562. Fixed forever: every id of the export is derived under it, so that a record keeps
 * its STIX id from one release to the next.
 */
export const STIX_NAMESPACE = v5("urn:leaks-dossier", v5.URL);

/**
 * A STIX id, `<type>--<UUIDv5>`, from the record's kind and id: the same record always gets the
 * same id, and two kinds never share one (an actor and a source may have the same record id).
 */
export function stixId(type: string, kind: string, id: string): string {
  return `${type}--${v5(`${kind}:${id}`, STIX_NAMESPACE)}`;
}

/**
 * STIX confidence for an Admiralty information-credibility grade, as the STIX 2.1 specification
 * maps the Admiralty Credibility scale (Appendix A, Confidence Scales): 1 confirmed by other
 * sources 90, 2 probably true 70, 3 possibly true 50, 4 doubtful 30, 5 improbable 10; for 6,
 * truth cannot be judged, the specification leaves `confidence` out.
 */
export const CREDIBILITY_CONFIDENCE: Readonly<Record<1 | 2 | 3 | 4 | 5 | 6, number | undefined>> = {
  1: 90,
  2: 70,
  3: 50,
  4: 30,
  5: 10,
  6: undefined,
};

/** A calendar day of the data (YYYY-MM-DD) as a STIX timestamp: midnight UTC, to the millisecond. */
export function dayTimestamp(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not a calendar day: "${day}"`);
  return `${day}T00:00:00.000Z`;
}

/** The latest of some YYYY-MM-DD days (they sort as text); undefined for none. */
export function latestDay(days: Iterable<string>): string | undefined {
  let latest: string | undefined;
  for (const day of days) if (latest === undefined || day > latest) latest = day;
  return latest;
}

/** A corpus the STIX export cannot write, with what to do about it. */
export class StixExportError extends Error {
  override name = "StixExportError";
}

/**
 * The day of the corpus's latest grade: the newest judgment the data records, the date of the
 * objects that carry no date of their own (actors, the dataset, the licence marking).
 */
export function corpusDay(corpus: Corpus): string {
  const day = latestDay([
    ...corpus.claims.map((claim) => claim.credibility.gradedOn),
    ...corpus.sources.map((source) => source.reliability.gradedOn),
  ]);
  if (day === undefined)
    throw new StixExportError(
      "the STIX export has no date to give its objects: the data has no claim or source, whose grade days the objects are dated by; add records first",
    );
  return day;
}

export const DATASET_NAME = "Leaks Dossier";
export const DATASET_IDENTITY = stixId("identity", "dataset", "leaks-dossier");

/** The text of the licence marking: CC BY 4.0 for the data, and what it leaves out. */
export const LICENCE_STATEMENT = `${DATASET_NAME} data, licensed under ${DATA_LICENSE.title} (${DATA_LICENSE.spdx}): ${DATA_LICENSE.path}. Give credit: name "${DATASET_NAME}" and the version of @leaks/corpus the data came from. Quotes in the data (the quoted words in external references and notes) remain their publishers' and authors', included for citation: the licence grants no right in them. Claims are what their claimants said, as published, not findings of ${DATASET_NAME}.`;

/**
 * The licence marking's id. A marking definition is never versioned, so its id follows from
 * its day and its statement: a release on a new day brings a new marking, never a changed one.
 */
export function licenceMarking(day: string): string {
  return stixId("marking-definition", "marking", `data-licence:${day}:${LICENCE_STATEMENT}`);
}

/** The properties every object of the export starts with, in this order. */
export function common(type: string, id: string, day: string): StixObject {
  const timestamp = dayTimestamp(day);
  return {
    type,
    spec_version: "2.1",
    id,
    created_by_ref: DATASET_IDENTITY,
    created: timestamp,
    modified: timestamp,
  };
}

/** The reference to the record itself, by the URN the JSON-LD export names it with. */
export function recordReference(kind: string, id: string): StixObject {
  return { source_name: "leaks-dossier", external_id: `urn:leaks-dossier:${kind}:${id}` };
}

/** The dataset's own identity (the creator of every object) and the licence marking. */
export function datasetObjects(day: string): StixObject[] {
  return [
    {
      ...common("identity", DATASET_IDENTITY, day),
      name: DATASET_NAME,
      description:
        "An open, typed, source-attributed record of incidents in which classified intelligence leaked and what each did to relations between allies. It records who claimed what, where it was published, and how far each source and claim can be trusted.",
      identity_class: "organization",
      object_marking_refs: [licenceMarking(day)],
    },
    {
      type: "marking-definition",
      spec_version: "2.1",
      id: licenceMarking(day),
      created_by_ref: DATASET_IDENTITY,
      created: dayTimestamp(day),
      name: `${DATASET_NAME} data licence: ${DATA_LICENSE.spdx}`,
      definition_type: "statement",
      definition: { statement: LICENCE_STATEMENT },
      external_references: [
        { source_name: DATA_LICENSE.spdx, description: DATA_LICENSE.title, url: DATA_LICENSE.path },
      ],
    },
  ];
}

/** Drops undefined values and empty lists: STIX lists, where present, are never empty. */
export function compact(object: StixObject): StixObject {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  );
}

/** The list without repeats, in the order first seen. */
export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}
