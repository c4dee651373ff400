import {
  type Corpus,
  checkCorpus,
  formatProblem,
  type Incident,
  likelyDuplicateIncidentRule,
} from "@leaks/schema";
import { describe, expect, test } from "vitest";
import { loadCorpusFixtures } from "./corpus-fixtures.js";

const fixtures = new Map(loadCorpusFixtures().map((fixture) => [fixture.name, fixture]));
const twice = fixtures.get("incident-recorded-twice")?.corpus as Corpus;

const problemsOf = (corpus: Corpus) =>
  checkCorpus(corpus, [likelyDuplicateIncidentRule], { today: "2024-01-01" });

/** The fixture with one incident changed. */
function withIncident(id: string, change: (incident: Incident) => Incident): Corpus {
  return {
    ...twice,
    incidents: twice.incidents.map((incident) =>
      incident.id === id ? change(incident) : incident,
    ),
  };
}

describe("likely-duplicate-incident", () => {
  test("names the other incident and what they share; the hint says what to do either way", () => {
    expect(problemsOf(twice).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "⚠ incident 2020-harbour-documents-posted id likely-duplicate-incident: may be the same event as incident "2020-harbour-leak": both rest on source "outlet-report", both involve "ruritania", and their dates overlap (2020-03-09 and 2020-03) → if they are the same event, add these claims to the existing incident instead; if they are distinct, link them with related, written once on one of the two: { incident: 2020-harbour-leak, type: same-trove | follow-on | contrasted-with | same-period | related }",
      ]
    `);
  });

  test("a related link in either direction says they are distinct", () => {
    const link = (to: string) => (incident: Incident) => ({
      ...incident,
      related: [{ incident: to, type: "same-period" as const }],
    });
    expect(
      problemsOf(withIncident("2020-harbour-leak", link("2020-harbour-documents-posted"))),
    ).toEqual([]);
    expect(
      problemsOf(withIncident("2020-harbour-documents-posted", link("2020-harbour-leak"))),
    ).toEqual([]);
    // A link to a third incident silences nothing.
    expect(problemsOf(withIncident("2020-harbour-leak", link("2020-elsewhere")))).toHaveLength(1);
  });

  test("an incident without dates cannot be said to overlap", () => {
    const undated = withIncident("2020-harbour-leak", (incident) => ({ ...incident, dates: {} }));
    expect(problemsOf(undated)).toEqual([]);
  });

  test("dates overlap from the earliest to the latest of happened, public and acknowledged", () => {
    const spanning = (happened: string, acknowledged: string) =>
      withIncident("2020-harbour-leak", (incident) => ({
        ...incident,
        dates: {
          happened: { date: happened, claims: ["c-leak-reported"] },
          acknowledged: { date: acknowledged, claims: ["c-leak-reported"] },
        },
      }));
    // The other incident became public on 2020-03-09.
    expect(problemsOf(spanning("2019-12", "2020-04-01"))).toHaveLength(1);
    expect(problemsOf(spanning("2019-12", "2020-03-08"))).toEqual([]);
  });

  test("is reported on the incident with fewer claims, whichever is listed first", () => {
    const reversed = { ...twice, incidents: [...twice.incidents].reverse() };
    expect(problemsOf(reversed).map((p) => p.recordId)).toEqual(["2020-harbour-documents-posted"]);
  });

  test("parties described alike but unnamed are not an actor in common", () => {
    const anonymous = (incident: Incident): Incident => ({
      ...incident,
      originators: [
        {
          anonymous: { description: "a Ruritanian official", count: 1 },
          status: "reported",
          claims: incident.originators[0]?.claims ?? [],
        },
      ],
    });
    expect(problemsOf({ ...twice, incidents: twice.incidents.map(anonymous) })).toEqual([]);
  });
});
