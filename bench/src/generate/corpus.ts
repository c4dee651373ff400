import { createHash } from "node:crypto";
import { dayNumber, isoDay, partialDateCovering } from "./dates.js";
import { Random } from "./random.js";
import { paragraph, personName, properName, sentence, slug, tagWord, title } from "./text.js";

export type RecordKind = "incident" | "claim" | "actor" | "source";

/** A record as a contributor writes it (authoring shape: empty lists and defaults left out). */
export interface GeneratedRecord {
  readonly type: "record";
  readonly kind: RecordKind;
  readonly id: string;
  /** For claims: the folder under claims/, named after the claim's first incident. */
  readonly folder?: string;
  readonly data: Record<string, unknown>;
  /** A comment line some contributors keep at the top of the file. */
  readonly comment?: string;
}

/** The archived text of a source, against which its quotes are checked. */
export interface GeneratedSnapshot {
  readonly type: "snapshot";
  readonly file: string;
  readonly text: string;
}

export type GeneratedItem = GeneratedRecord | GeneratedSnapshot;

export interface CorpusOptions {
  readonly incidents: number;
  readonly seed: number;
}

/** Claims per incident, about 20; the first indices are cited by the incident's fields. */
const CLAIMS_PER_INCIDENT = [18, 22] as const;
const SOURCES_PER_INCIDENT = 8;
/** Sources 0..3 of an incident report on their own (distinct publishers); 4..7 draw on them. */
const ORIGIN_SOURCES = 4;
const SNAPSHOT_SHARE = 0.3;

// Real ISO 3166-1 codes (the schema checks them); the states named after them are invented.
const COUNTRIES = [
  "US",
  "GB",
  "FR",
  "DE",
  "IT",
  "ES",
  "NL",
  "BE",
  "PL",
  "SE",
  "NO",
  "DK",
  "FI",
  "IE",
  "PT",
  "AT",
  "CH",
  "CZ",
  "HU",
  "RO",
  "GR",
  "TR",
  "IL",
  "UA",
  "KR",
  "JP",
  "AU",
  "NZ",
  "CA",
  "MX",
  "BR",
  "AR",
  "IN",
  "ZA",
  "EG",
  "SA",
  "AE",
  "JO",
  "LT",
  "EE",
] as const;
const LANGUAGES = ["de", "fr", "he", "ru", "es", "uk", "ko", "ar", "pt-BR", "en-GB"] as const;

const pad = (n: number, width: number) => String(n).padStart(width, "0");

function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

interface ActorRef {
  readonly id: string;
  readonly country: string;
}

interface SourceRef {
  readonly id: string;
  /** Index among the sources of its incident. */
  readonly index: number;
  /** The origin source (index) it relays, quotes or summarises, if any. */
  readonly dependsOn: number | undefined;
  /** The id of that origin source. */
  readonly originId: string | undefined;
  /** The publisher of the report it traces to: two sources with one voice are one report. */
  readonly voice: string;
  /** Sentences of its archived snapshot: quotes from it are taken from these. */
  readonly sentences: readonly string[] | undefined;
  readonly publisher: string;
}

function grade(random: Random, value: string | number, day: number): Record<string, unknown> {
  return {
    grade: value,
    gradedBy: random.chance(0.7) ? "editorial-team" : asciiSlug(properName(random)),
    gradedOn: isoDay(day),
    rationale: sentence(random, 80, 240),
  };
}

const GRADING_FIRST_DAY = dayNumber(2024, 1, 1);

/**
 * A seeded corpus of `incidents` incidents in the authoring shape, valid under the schema and
 * the corpus rules: about 20 claims, 8 sources (some shared with the previous incident) and 5
 * actors from a shared pool per incident, partial dates, quotes (verbatim from the archived
 * snapshot where a source has one). Records stream out so that 10k incidents fit in memory.
 */
export function* generateCorpus(options: CorpusOptions): Generator<GeneratedItem> {
  const { incidents: incidentCount, seed } = options;
  const pool = Random.derive(seed, 0);
  let actorNumber = 0;
  const actorId = (name: string) => `${asciiSlug(name) || "actor"}-${pad(++actorNumber, 5)}`;

  // The shared pool of actors.
  const states: ActorRef[] = [];
  for (const country of COUNTRIES) {
    const name = `Republic of ${properName(pool)}`;
    const id = actorId(name);
    states.push({ id, country });
    yield { type: "record", kind: "actor", id, data: { id, kind: "state", name, country } };
  }
  const alliances: ActorRef[] = [];
  for (let i = 0; i < 3; i++) {
    const name = `${properName(pool)} Pact`;
    const id = actorId(name);
    const members = pool.sample(states, pool.int(3, 6));
    alliances.push({ id, country: (members[0] as ActorRef).country });
    yield {
      type: "record",
      kind: "actor",
      id,
      data: { id, kind: "alliance", name, members: members.map((m) => m.id) },
    };
  }
  const agencies: ActorRef[] = [];
  for (let i = 0; i < 20 + Math.ceil(incidentCount / 20); i++) {
    const state = pool.pick(states);
    const name = `${properName(pool)} ${pool.pick(["Service", "Directorate", "Bureau", "Agency", "Office"])}`;
    const id = actorId(name);
    agencies.push({ id, country: state.country });
    yield {
      type: "record",
      kind: "actor",
      id,
      data: {
        id,
        kind: "agency",
        name,
        country: state.country,
        affiliations: [{ actor: state.id, role: "agency of" }],
      },
    };
  }
  const outlets: ActorRef[] = [];
  for (let i = 0; i < 30 + Math.ceil(incidentCount / 50); i++) {
    const country = pool.pick(COUNTRIES);
    const name = `The ${properName(pool)} ${pool.pick(["Herald", "Courier", "Tribune", "Post", "Observer", "Dispatch", "Ledger"])}`;
    const id = actorId(name);
    outlets.push({ id, country });
    yield { type: "record", kind: "actor", id, data: { id, kind: "media-outlet", name, country } };
  }
  const persons: ActorRef[] = [];
  for (let i = 0; i < 100 + Math.ceil(incidentCount / 2); i++) {
    const country = pool.pick(COUNTRIES);
    const name = personName(pool);
    const id = actorId(name);
    persons.push({ id, country });
    const data: Record<string, unknown> = { id, kind: "person", name };
    if (pool.chance(0.3)) {
      const [first, last] = name.split(" ") as [string, string];
      data.aliases = [`${first.charAt(0)}. ${last}`];
    }
    data.country = country;
    if (pool.chance(0.5)) {
      const from = dayNumber(pool.int(1985, 2015), pool.int(1, 12), pool.int(1, 28));
      const position: Record<string, unknown> = {
        title: `${pool.pick(["Deputy", "Chief", "Senior", "Head of"])} ${title(pool, 1, 3)}`,
        organisation: pool.pick(agencies).id,
        from: partialDateCovering(pool, from, 0.4),
      };
      if (pool.chance(0.6))
        position.to = partialDateCovering(pool, from + pool.int(200, 3000), 0.4);
      data.positions = [position];
    }
    if (pool.chance(0.3))
      data.affiliations = [{ actor: pool.pick(agencies).id, role: "officer of" }];
    if (pool.chance(0.1)) data.notes = paragraph(pool, 200);
    yield { type: "record", kind: "actor", id, data };
  }

  let sourceNumber = 0;
  let claimNumber = 0;
  let previous: { id: string; sources: SourceRef[] } | undefined;
  const first = dayNumber(1995, 1, 1);
  const last = dayNumber(2023, 6, 30);

  for (let n = 0; n < incidentCount; n++) {
    const random = Random.derive(seed, n + 1);
    const day = random.int(first, last);
    const year = isoDay(day).slice(0, 4);
    const incidentId = `${year}-${slug(random, random.int(2, 3))}-${pad(n + 1, 5)}`;
    const [stateA, stateB] = random.sample(states, 2) as [ActorRef, ActorRef];
    const agency = random.pick(agencies);
    const [personA, personB] = random.sample(persons, 2) as [ActorRef, ActorRef];
    const cast = [stateA, stateB, agency, personA, personB];

    // Sources: published after every event date of the incident, in index order.
    const originPublishers = random.sample(outlets, ORIGIN_SOURCES);
    const sources: SourceRef[] = [];
    for (let k = 0; k < SOURCES_PER_INCIDENT; k++) {
      const id = `${slug(random, 2)}-${pad(++sourceNumber, 6)}`;
      const isOrigin = k < ORIGIN_SOURCES;
      const publisher = isOrigin ? (originPublishers[k] as ActorRef) : random.pick(outlets);
      const published = day + 31 + k * 18 + random.int(0, 12);
      const kind = isOrigin
        ? random.weighted([
            ["news-report", 6],
            ["official-statement", 1],
            ["press-briefing", 1],
            ["interview", 1],
            ["leaked-document", 1],
          ])
        : random.weighted([
            ["news-report", 3],
            ["state-media-relay", 2],
            ["opinion-analysis", 2],
            ["social-media-post", 1],
          ]);
      const data: Record<string, unknown> = { id, kind };
      if (kind === "official-statement" || kind === "press-briefing")
        data.description = sentence(random, 40, 140);
      else data.title = title(random, 5, 14);
      data.publisher = publisher.id;
      if (random.chance(0.6))
        data.authors = random.sample(persons, random.int(1, 2)).map((p) => p.id);
      data.published = random.chance(0.85) ? isoDay(published) : isoDay(published).slice(0, 7);
      if (random.chance(0.15)) data.language = random.pick(LANGUAGES);
      if (random.chance(0.6))
        data.url = `https://${publisher.id.replace(/-\d+$/, "")}.example/${isoDay(published).slice(0, 7).replace("-", "/")}/${slug(random, 4)}`;
      let sentences: string[] | undefined;
      if (random.chance(SNAPSHOT_SHARE)) {
        const paragraphs: string[] = [];
        sentences = [];
        const count = random.int(4, 14);
        for (let p = 0; p < count; p++) {
          const parts: string[] = [];
          for (let s = random.int(2, 5); s > 0; s--) parts.push(sentence(random, 60, 200));
          sentences.push(...parts);
          paragraphs.push(parts.join(" "));
        }
        const text = `${paragraphs.join("\n\n")}\n`;
        const file = `${id}.txt`;
        yield { type: "snapshot", file, text };
        data.archive = { snapshot: file, sha256: createHash("sha256").update(text).digest("hex") };
      }
      let dependsOn: number | undefined;
      if (!isOrigin) {
        dependsOn = random.int(0, ORIGIN_SOURCES - 1);
        const cites: Record<string, unknown>[] = [
          {
            source: (sources[dependsOn] as SourceRef).id,
            relation: random.weighted([
              ["relays", 7],
              ["quotes", 4],
              ["summarises", 5],
              ["cites", 4],
            ]),
          },
        ];
        if (random.chance(0.3)) {
          const other = random.int(0, ORIGIN_SOURCES - 1);
          if (other !== dependsOn)
            cites.push({
              source: (sources[other] as SourceRef).id,
              relation: "cites",
              note: sentence(random, 30, 90),
            });
        }
        if (cites[0]?.relation === "cites") dependsOn = undefined;
        data.cites = cites;
      } else if (k > 0 && random.chance(0.2)) {
        data.cites = [{ source: (sources[k - 1] as SourceRef).id, relation: "cites" }];
      }
      const reliability = random.weighted([
        ["A", 1],
        ["B", 4],
        ["C", 4],
        ["D", 2],
        ["E", 1],
        ["F", 2],
      ]);
      data.reliability = grade(random, reliability, GRADING_FIRST_DAY + random.int(0, 360));
      if (random.chance(0.25)) data.notes = paragraph(random, random.int(120, 500));
      const voice =
        dependsOn === undefined ? publisher.id : (sources[dependsOn] as SourceRef).voice;
      const originId = dependsOn === undefined ? undefined : (sources[dependsOn] as SourceRef).id;
      sources.push({
        id,
        index: k,
        dependsOn,
        originId,
        voice,
        sentences,
        publisher: publisher.id,
      });
      yield { type: "record", kind: "source", id, data };
    }

    // Event days of the incident, all within 30 days of `day`, before any source.
    const happenedDay = day;
    const publicDay = day + random.int(0, 10);
    const acknowledgedDay = publicDay + random.int(1, 20);
    const timelineDays = Array.from(
      { length: random.int(4, 6) },
      () => day + random.int(0, 30),
    ).sort((a, b) => a - b);

    const claimCount = random.int(CLAIMS_PER_INCIDENT[0], CLAIMS_PER_INCIDENT[1]);
    const claimIds = Array.from(
      { length: claimCount },
      () => `${slug(random, random.int(2, 3))}-${pad(++claimNumber, 7)}`,
    );
    const relations: Record<string, unknown>[][] = claimIds.map(() => []);
    for (let j = 0; j + 1 < claimCount; j += 2) {
      const roll = random.float();
      const type = roll < 0.15 ? "supports" : roll < 0.2 ? "contradicts" : undefined;
      if (type === undefined) continue;
      relations[j]?.push({ type, claim: claimIds[j + 1] });
      relations[j + 1]?.push({ type, claim: claimIds[j] });
    }
    for (let j = 1; j < claimCount; j++) {
      if (random.chance(0.1))
        relations[j]?.push({ type: "responds-to", claim: claimIds[random.int(0, j - 1)] });
      if (random.chance(0.03))
        relations[j]?.push({
          type: "supersedes",
          claim: claimIds[random.int(0, j - 1)],
          note: sentence(random, 30, 90),
        });
    }

    const quoteFrom = (source: SourceRef) =>
      source.sentences === undefined ? sentence(random, 60, 220) : random.pick(source.sentences);

    for (let j = 0; j < claimCount; j++) {
      const id = claimIds[j] as string;
      const nature = random.weighted([
        ["reported-fact", 45],
        ["official-statement", 15],
        ["denial", 8],
        ["assessment", 10],
        ["opinion", 10],
        ["speculation", 8],
        ["reader-comment", 4],
      ] as const);
      const isView =
        nature === "opinion" || nature === "speculation" || nature === "reader-comment";
      const drawn = isView
        ? random.weighted([
            ["alleged", 4],
            ["disputed", 1],
          ])
        : random.weighted([
            ["reported", 40],
            ["alleged", 20],
            ["corroborated", 15],
            ["confirmed", 10],
            ["disputed", 7],
            ["denied", 5],
            ["retracted", 3],
          ]);
      // Impacts rest on claims 13 to 15 (basis(13 + k) below): a withdrawn claim supports none.
      const standing = drawn === "retracted" && j >= 13 && j <= 15 ? "reported" : drawn;
      const credibility = isView
        ? random.int(3, 6)
        : random.weighted([
            [1, 2],
            [2, 4],
            [3, 4],
            [4, 2],
            [5, 1],
            [6, 2],
          ]);
      const established =
        standing === "confirmed" || standing === "corroborated" || credibility === 1;

      // The first eight claims cover the eight sources, so that no source is an orphan.
      const primary = sources[
        j < SOURCES_PER_INCIDENT ? j : random.int(0, SOURCES_PER_INCIDENT - 1)
      ] as SourceRef;
      const used: SourceRef[] = [primary];
      if (established) {
        // An origin with another voice than the primary's: two independent reports.
        used.push(
          random.pick(sources.slice(0, ORIGIN_SOURCES).filter((s) => s.voice !== primary.voice)),
        );
      } else if (random.chance(0.3)) {
        const other = random.pick(sources);
        if (other !== primary) used.push(other);
      }
      // Claims not cited for a date may also appear in a source of the previous incident.
      const shared = j >= 16 && previous !== undefined && random.chance(0.25);
      if (shared && previous !== undefined) used.push(random.pick(previous.sources));

      const appearances = used.map((source) => {
        const appearance: Record<string, unknown> = { source: source.id, quote: quoteFrom(source) };
        if (random.chance(0.3)) appearance.locator = `paragraph ${random.int(1, 12)}`;
        // A source that relays, quotes or summarises an origin got the claim from it.
        if (source.originId !== undefined) appearance.via = [source.originId];
        return appearance;
      });

      const claimantKind = random.weighted([
        ["actor", 5],
        ["anonymous", 3],
        ["source-author", 2],
      ]);
      let claimant: Record<string, unknown>;
      if (claimantKind === "actor") claimant = { kind: "actor", actor: random.pick(cast).id };
      else if (claimantKind === "source-author")
        claimant = { kind: "source-author", source: primary.id };
      else {
        const anonymous: Record<string, unknown> = {
          description: `${random.pick(["two", "several", "a current and a former", "three"])} ${random.pick(["officials", "diplomats", "people familiar with the matter", "analysts"])} of ${properName(random)}`,
        };
        if (random.chance(0.6)) anonymous.count = random.chance(0.5) ? random.int(1, 4) : "several";
        if (random.chance(0.5))
          anonymous.affiliation = `${properName(random)} ${random.pick(["ministry", "intelligence", "government"])} officials`;
        if (random.chance(0.5)) anonymous.country = random.pick(cast.slice(0, 2)).country;
        if (random.chance(0.5)) anonymous.relayedBy = primary.publisher;
        claimant = { kind: "anonymous", anonymous };
      }

      const data: Record<string, unknown> = {
        id,
        incidents: [incidentId],
        statement: random.chance(0.7)
          ? sentence(random, 100, 280)
          : `${sentence(random, 80, 200)} ${sentence(random, 80, 200)}`,
        claimant,
        nature,
        standing,
        credibility: grade(random, credibility, GRADING_FIRST_DAY + random.int(0, 360)),
        appearances,
      };
      if (!shared && random.chance(0.5)) data.concerns = partialDateCovering(random, happenedDay);
      if ((relations[j] ?? []).length > 0) data.relations = relations[j];
      if (random.chance(0.15)) data.notes = paragraph(random, random.int(150, 500));
      const record: GeneratedRecord = {
        type: "record",
        kind: "claim",
        id,
        folder: incidentId,
        data,
      };
      yield random.chance(0.2) ? { ...record, comment: `# ${sentence(random, 30, 80)}` } : record;
    }

    // The incident rests on its own claims: dates on 0-2, parties on 3-5, markings on 6,
    // timeline on 7-12, impacts on 13-15. Claims from 16 on are free to appear elsewhere.
    const basis = (index: number) => [claimIds[index] as string];
    const dates: Record<string, unknown> = {
      happened: { date: partialDateCovering(random, happenedDay), claims: basis(0) },
      public: { date: partialDateCovering(random, publicDay), claims: basis(1) },
    };
    if (random.chance(0.5))
      dates.acknowledged = { date: partialDateCovering(random, acknowledgedDay), claims: basis(2) };
    const status = () => random.pick(["alleged", "reported", "confirmed"] as const);
    const data: Record<string, unknown> = {
      id: incidentId,
      title: title(random, 4, 10),
      kind: random.pick([
        "oral-disclosure-by-official",
        "press-leak-by-unnamed-officials",
        "documents-posted-online",
        "documents-leaked-to-press",
        "other",
      ]),
      summary: paragraph(random, random.int(400, 900)),
      countries: [...new Set([stateA.country, stateB.country, agency.country])],
      dates,
      disclosedBy: [
        random.chance(0.7)
          ? { actor: personA.id, status: status(), claims: basis(3) }
          : {
              anonymous: { description: `an official of ${properName(random)}` },
              status: "alleged",
              claims: basis(3),
            },
      ],
      receivedBy: [{ actor: personB.id, status: status(), claims: basis(4) }],
      originators: [{ actor: agency.id, status: status(), claims: basis(5) }],
    };
    if (random.chance(0.6))
      data.markings = [
        random.chance(0.5)
          ? {
              level: random.pick(["top-secret", "secret", "confidential"]),
              marking: random.pick(["SECRET//NOFORN", "TOP SECRET//SI", "CONFIDENTIAL//REL"]),
              claims: basis(6),
            }
          : { level: random.pick(["secret", "unknown", "restricted"]), claims: basis(6) },
      ];
    data.timeline = timelineDays.map((d, k) => ({
      date: partialDateCovering(random, d),
      event: sentence(random, 50, 160),
      claims: basis(7 + k),
    }));
    data.impacts = Array.from({ length: random.int(1, 3) }, (_, k) => {
      const from = day + random.int(5, 40);
      const impact: Record<string, unknown> = {
        parties: k === 2 ? [stateA.id, random.pick(alliances).id] : [stateA.id, stateB.id],
        effect: random.pick([
          "trust-damaged",
          "sharing-paused",
          "sharing-restricted",
          "protest",
          "briefing-requested",
          "reassurance",
          "investigation",
          "visit-in-doubt",
          "no-change",
          "other",
        ]),
        // The weakest certainty: generated statements may read as fears, and nothing is overstated.
        certainty: "speculated",
        description: sentence(random, 50, 180),
        from: partialDateCovering(random, from),
      };
      if (random.chance(0.5)) impact.to = partialDateCovering(random, from + random.int(20, 300));
      impact.claims = basis(13 + k);
      return impact;
    });
    if (previous !== undefined && random.chance(0.5))
      data.related = [
        {
          incident: previous.id,
          type: random.pick([
            "same-trove",
            "follow-on",
            "contrasted-with",
            "same-period",
            "related",
          ]),
        },
      ];
    data.tags = [...new Set(Array.from({ length: random.int(2, 4) }, () => tagWord(random)))];
    if (random.chance(0.2)) data.notes = paragraph(random, random.int(150, 600));
    yield { type: "record", kind: "incident", id: incidentId, data };

    previous = { id: incidentId, sources };
  }
}
