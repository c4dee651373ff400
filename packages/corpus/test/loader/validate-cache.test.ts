import {
  appendFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { type Claim, statementReading } from "@leaks/schema";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { cacheFiles, cacheFolder } from "../../src/loader/validate/validate-cache.js";
import {
  type ValidateCorpusOptions,
  validateCorpus,
} from "../../src/loader/validate/validate-corpus.js";
import { fixtureCorpus, problemLine } from "../support/fixture-corpus.js";

const TODAY = "2024-01-01";
const CLAIM = "data/claims/example-leak/briefing-shared.yaml";
const INCIDENT = "data/incidents/example-leak.yaml";
/** An edit of the incident's summary: free text that no corpus rule reads. */
const editSummary = () =>
  edit(INCIDENT, (text) =>
    text.replace("Officials of Ruritania said", "Ruritanian officials said"),
  );
const SOURCE = "data/sources/example-report.yaml";
const SNAPSHOT = "archive/example-report.txt";

/** The fixture claim written as a contributor's editor leaves it: block YAML throughout. */
const BLOCK_CLAIM = `id: briefing-shared
incidents:
  - example-leak
# Why this claim is graded as it is: see the rationale.
statement: >-
  Officials of Ruritania said a briefing on border security
  was shared with Borduria without their consent.
claimant:
  kind: anonymous
  anonymous:
    description: officials of Ruritania
    count: several
nature: reported-fact
standing: reported
credibility:
  grade: 3
  gradedBy: fixtures
  gradedOn: 2020-03-10
  rationale: One outlet, relayed once.
appearances:
  - source: example-report
    quote: >-
      a briefing on border security had been shared
      with Borduria without their consent
  - source: example-relay
    quote: Example Daily reports a briefing row
    locator: the headline
notes: |
  Written in two paragraphs.

  The second one.
`;

let root: string;
let cleanup = () => {};
beforeEach(() => {
  ({ root, cleanup } = fixtureCorpus());
});
afterEach(() => cleanup());

const path = (rel: string) => join(root, rel);
const edit = (rel: string, change: (text: string) => string) =>
  writeFileSync(path(rel), change(readFileSync(path(rel), "utf8")));

/** The latest modification or change time of anything under `dir`, itself included. */
function newestStamp(dir: string): number {
  const stat = lstatSync(dir);
  let newest = Math.max(stat.mtimeMs, stat.ctimeMs);
  if (stat.isDirectory())
    for (const entry of readdirSync(dir)) newest = Math.max(newest, newestStamp(join(dir, entry)));
  return newest;
}

/**
 * Waits until both clocks have passed every stamp of the corpus: Date.now(), which a run
 * takes for its start, so that no stamp is too recent to trust; and the file system's own,
 * coarser clock, read from a probe file written beside the corpus, so that any later write
 * gets a newer change time than the stamps the cache holds. A wait for a condition, not for
 * a guessed while: on a busy machine it ends at once.
 */
async function untilStampsArePast(): Promise<void> {
  const newest = newestStamp(root);
  const probe = `${root}.clock`;
  try {
    for (;;) {
      writeFileSync(probe, "");
      if (statSync(probe).ctimeMs > newest && Date.now() > newest) return;
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  } finally {
    rmSync(probe, { force: true });
  }
}

/**
 * One run with the cache and one without on the corpus as it is now: the cache must never
 * change what is reported. Stamps are trusted as soon as they are past (racyMs 0): the
 * test edits files right after a run, where a real run waits seconds to trust them.
 */
async function bothWithReads(options: ValidateCorpusOptions = {}) {
  await untilStampsArePast();
  const common = { today: TODAY, workers: 0, racyMs: 0, cacheVersion: "test", ...options };
  const cached = await validateCorpus(path("data"), common);
  const fresh = await validateCorpus(path("data"), { ...common, cache: false });
  expect(cached.problems).toEqual(fresh.problems);
  expect(cached.records).toBe(fresh.records);
  expect(fresh.filesRead).toBe(fresh.records);
  return {
    cached: cached.cached,
    read: cached.filesRead,
    lines: cached.problems.map((p) => problemLine(p, root)),
  };
}

/** `bothWithReads` without the count of files read. */
async function both(options: ValidateCorpusOptions = {}) {
  const { read: _read, ...rest } = await bothWithReads(options);
  return rest;
}

describe("the cache of leaks validate", () => {
  test("checks the redirects again when the redirects file changes, and only then", async () => {
    const redirect = (to: string) =>
      `redirects:\n  - kind: claim\n    from: old-briefing\n    to: ${to}\n    reason: renamed\n    date: 2023-05-01\n`;
    writeFileSync(path("data/redirects.yaml"), redirect("briefing-shared"));
    expect(await both()).toEqual({ cached: false, lines: [] });
    expect(await both()).toEqual({ cached: true, lines: [] });
    writeFileSync(path("data/redirects.yaml"), redirect("briefing-shard"));
    await untilStampsArePast();
    const run = await validateCorpus(path("data"), {
      today: TODAY,
      workers: 0,
      racyMs: 0,
      cacheVersion: "test",
    });
    expect(run.recheckedBecause).toBe("the redirects changed");
    expect(run.problems.map((p) => problemLine(p, root))).toEqual([
      "data/redirects.yaml:4:9 redirect-target-missing",
    ]);
    expect(await both()).toEqual({
      cached: true,
      lines: ["data/redirects.yaml:4:9 redirect-target-missing"],
    });
  });

  test("is written beside the data folder, and a run with nothing changed reuses it", async () => {
    expect(await both()).toEqual({ cached: false, lines: [] });
    expect(existsSync(join(cacheFolder(path("data")), ".gitignore"))).toBe(true);
    expect(await both()).toEqual({ cached: true, lines: [] });
  });

  test("never lives inside node_modules: an installed package's data has its cache in the user's", () => {
    const saved = process.env.XDG_CACHE_HOME;
    process.env.XDG_CACHE_HOME = join(root, "user-cache");
    try {
      expect(cacheFolder(join(root, "node_modules", "@leaks", "corpus", "data"))).toBe(
        join(root, "user-cache", "leaks"),
      );
      expect(cacheFolder(join(root, "project", "data"))).toBe(
        join(root, "project", ".leaks-cache"),
      );
    } finally {
      if (saved === undefined) delete process.env.XDG_CACHE_HOME;
      else process.env.XDG_CACHE_HOME = saved;
    }
  });

  test("an id holding a tab, line feed or carriage return is reported, and cached like any other", async () => {
    const actor = "data/actors/borduria.yaml";
    edit(actor, (text) => text.replace("id: borduria", 'id: "bor\\tdu\\r\\nria"'));
    const first = await both();
    expect(first.lines).toContain(`${actor}:1:5 id-mismatch`);
    expect(await both()).toEqual({ ...first, cached: true });
  });

  test("an edit of free text no rule reads is checked alone, and its problems appear", async () => {
    await both();
    editSummary();
    expect(await both()).toEqual({ cached: true, lines: [] });
    // The rules see a claim's statement only as its reading (hedged? speaks of a possibility?):
    // reworded to read the same, it is checked alone; given a hedge, across files.
    edit(CLAIM, (text) => text.replace("Officials of Ruritania said", "Ruritanian officials said"));
    expect(await both()).toEqual({ cached: true, lines: [] });
    edit(CLAIM, (text) =>
      text.replace("Ruritanian officials said", "Ruritanian officials said, apparently,"),
    );
    expect(await both()).toEqual({ cached: false, lines: [] });
    // A schema problem in the edited file comes back; a later fix makes it go.
    edit(CLAIM, (text) => text.replace(/^statement: .*$/m, "statement: 12"));
    // The claim leaves the corpus: its id still resolves for the incident that names it, but
    // the source only it cited is reported as unused.
    expect(await both()).toEqual({
      cached: false,
      lines: [`${CLAIM}:3:12 wrong-type`, "data/sources/example-relay.yaml:1:5 orphan-source"],
    });
    edit(CLAIM, (text) => text.replace("statement: 12", "statement: Officials said so."));
    expect(await both()).toEqual({ cached: false, lines: [] });
    expect(await both()).toEqual({ cached: true, lines: [] });
    // A note where there was none is a new field, which a rule could see.
    edit(CLAIM, (text) => `${text}notes: A note added later.\n`);
    expect(await both()).toEqual({ cached: false, lines: [] });
  });

  test("a rule problem moves with its line when the file changes around it", async () => {
    edit(CLAIM, (text) => text.replace("standing: reported", "standing: confirmed"));
    const first = await both();
    expect(first.lines).toEqual([`${CLAIM}:10:11 corroborated-single-origin`]);
    edit(CLAIM, (text) => `# A comment\n# on two lines\n${text}`);
    expect(await both()).toEqual({
      cached: true,
      lines: [`${CLAIM}:12:11 corroborated-single-origin`],
    });
  });

  test("a change the rules can see runs them again: problems appear and disappear", async () => {
    await both();
    edit(CLAIM, (text) => text.replace("standing: reported", "standing: confirmed"));
    expect(await both()).toEqual({
      cached: false,
      lines: [`${CLAIM}:10:11 corroborated-single-origin`],
    });
    edit(CLAIM, (text) => text.replace("standing: confirmed", "standing: reported"));
    expect(await both()).toEqual({ cached: false, lines: [] });
  });

  test("an edit that keeps the size and the modification time is still seen", async () => {
    await both();
    const before = statSync(path(CLAIM));
    edit(CLAIM, (text) => text.replace("standing: reported", "standing: disputed"));
    expect(statSync(path(CLAIM)).size).toBe(before.size);
    utimesSync(path(CLAIM), before.atime, before.mtime);
    expect((await both()).cached).toBe(false);
  });

  test("a file saved by renaming a new copy over it is checked again", async () => {
    await both();
    const text = readFileSync(path(CLAIM), "utf8");
    writeFileSync(`${path(CLAIM)}.tmp`, text.replace("standing: reported", "standing: confirmed"));
    renameSync(`${path(CLAIM)}.tmp`, path(CLAIM));
    expect((await both()).lines).toEqual([`${CLAIM}:10:11 corroborated-single-origin`]);
  });

  test("a changed, removed or restored snapshot is checked again", async () => {
    await both();
    const original = readFileSync(path(SNAPSHOT));
    appendFileSync(path(SNAPSHOT), "\nA line added later.\n");
    expect(await both()).toEqual({
      cached: false,
      lines: [`${SOURCE}:9:11 snapshot-hash-mismatch`],
    });
    rmSync(path(SNAPSHOT));
    expect((await both()).lines).toEqual([`${SOURCE}:8:13 snapshot-missing`]);
    writeFileSync(path(SNAPSHOT), original);
    expect(await both()).toEqual({ cached: false, lines: [] });
    expect(await both()).toEqual({ cached: true, lines: [] });
  });

  test("an added or removed file is seen, with what it does to other records", async () => {
    await both();
    const claim = readFileSync(path(CLAIM), "utf8");
    writeFileSync(
      path("data/claims/example-leak/briefing-copy.yaml"),
      claim.replace("id: briefing-shared", "id: briefing-copy"),
    );
    writeFileSync(path("data/actors/stray.txt"), "not a record\n");
    expect(await both()).toEqual({
      cached: false,
      lines: ["data/actors/stray.txt unknown-entry"],
    });
    rmSync(path("data/actors/stray.txt"));
    rmSync(path("data/claims/example-leak/briefing-copy.yaml"));
    rmSync(path(CLAIM));
    expect(await both()).toEqual({
      cached: false,
      lines: [
        "data/incidents/example-leak.yaml:8:14 unknown-reference",
        "data/sources/example-relay.yaml:1:5 orphan-source",
      ],
    });
    writeFileSync(path(CLAIM), claim);
    expect(await both()).toEqual({ cached: false, lines: [] });
  });

  test("with the stamps checked in two parts, a change in either part is seen", async () => {
    await both({ workers: 2 });
    editSummary();
    expect(await both({ workers: 2 })).toEqual({ cached: true, lines: [] });
    edit("data/actors/borduria.yaml", (text) => `${text}aliases: [Borduria, Borduria]\n`);
    expect(await both({ workers: 2 })).toEqual({
      cached: false,
      // Each alias repeats the name, the second one also the first alias.
      lines: [
        "data/actors/borduria.yaml:4:11 duplicate-entry",
        "data/actors/borduria.yaml:4:21 duplicate-entry",
      ],
    });
  });

  test("new checking code, another day or --no-cache checks everything again", async () => {
    await both();
    expect((await both({ cacheVersion: "a later version" })).cached).toBe(false);
    expect((await both({ cacheVersion: "a later version" })).cached).toBe(true);
    expect((await both({ cacheVersion: "a later version", today: "2024-01-02" })).cached).toBe(
      false,
    );
  });
});

describe("what the cache of leaks validate takes for a change the corpus rules cannot see", () => {
  test("in block YAML: edits of notes, of comments at column 0 and of a statement that reads the same", async () => {
    writeFileSync(path(CLAIM), BLOCK_CLAIM);
    expect(await both()).toEqual({ cached: false, lines: [] });
    edit(CLAIM, (text) => text.replace("was shared with", "was passed on to"));
    expect(await both()).toEqual({ cached: true, lines: [] });
    // A statement that comes to speak of a possibility reads differently to impact-overstated.
    edit(CLAIM, (text) => text.replace("was passed on to", "might have been passed on to"));
    expect(await both()).toEqual({ cached: false, lines: [] });
    edit(CLAIM, (text) =>
      text.replace("The second one.", "The second one, longer\n  and wrapped."),
    );
    expect(await both()).toEqual({ cached: true, lines: [] });
    edit(CLAIM, (text) => text.replace("# Why this claim", "# Why, and since when, this claim"));
    expect(await both()).toEqual({ cached: true, lines: [] });
  });

  test("in block YAML: a quote edited on its second line is checked across files again", async () => {
    writeFileSync(path(CLAIM), BLOCK_CLAIM);
    expect(await both()).toEqual({ cached: false, lines: [] });
    edit(CLAIM, (text) => text.replace("      with Borduria", "      with Syldavia"));
    const { cached, lines } = await both();
    expect(cached).toBe(false);
    expect(lines).toEqual([`${CLAIM}:22:12 quote-not-in-snapshot`]);
  });

  test("in block YAML: a field the rules read, right after a free-text one, is seen", async () => {
    writeFileSync(path(CLAIM), BLOCK_CLAIM.replace("nature: reported-fact\n", ""));
    const first = await both();
    expect(first.cached).toBe(false);
    // The same line moved up to just after the statement, where it could pass for its text.
    edit(CLAIM, (text) =>
      text.replace("consent.\nclaimant:", "consent.\nnature: reported-fact\nclaimant:"),
    );
    expect(await both()).toEqual({ cached: false, lines: [] });
  });

  test("in flow YAML (read by js-yaml): a summary edit alone, then a standing edit", async () => {
    expect(readFileSync(path(CLAIM), "utf8")).toContain("incidents: [example-leak]");
    expect(await both()).toEqual({ cached: false, lines: [] });
    editSummary();
    expect(await both()).toEqual({ cached: true, lines: [] });
    edit(CLAIM, (text) => text.replace("standing: reported", "standing: confirmed"));
    const { cached, lines } = await both();
    expect(cached).toBe(false);
    expect(lines).toEqual([`${CLAIM}:10:11 corroborated-single-origin`]);
  });
});

describe("the record cache: after an edit the rules can see, only the edited files are read", () => {
  const recordsFile = () => {
    const folder = cacheFolder(path("data"));
    const name = readdirSync(folder).find((file) => file.endsWith(".records"));
    if (name === undefined) throw new Error(`no record cache in ${folder}`);
    return join(folder, name);
  };

  test("a standing edit reads one file, the rules run again, and the next run reads none", async () => {
    const first = await bothWithReads();
    expect(first).toEqual({ cached: false, read: first.read, lines: [] });
    expect(first.read).toBeGreaterThan(5);
    edit(CLAIM, (text) => text.replace("standing: reported", "standing: confirmed"));
    expect(await bothWithReads()).toEqual({
      cached: false,
      read: 1,
      lines: [`${CLAIM}:10:11 corroborated-single-origin`],
    });
    expect(await bothWithReads()).toEqual({
      cached: true,
      read: 0,
      lines: [`${CLAIM}:10:11 corroborated-single-origin`],
    });
    // A second edit, of another file, reads that one: the first edit's result is in the cache.
    edit(SOURCE, (text) => text.replace("published: 2020-03-02", "published: 2020-03-01"));
    const second = await bothWithReads();
    expect(second.read).toBe(1);
    expect(second.lines).toContain(`${CLAIM}:10:11 corroborated-single-origin`);
    edit(CLAIM, (text) => text.replace("standing: confirmed", "standing: reported"));
    const third = await bothWithReads();
    expect(third.read).toBe(1);
    expect(third.lines).not.toContain(`${CLAIM}:10:11 corroborated-single-origin`);
  });

  test("a quote edited away from its snapshot is searched for again, the others are not", async () => {
    await both();
    edit(CLAIM, (text) => text.replace("had been shared", "had been given"));
    const { read, lines } = await bothWithReads();
    expect(read).toBe(1);
    expect(lines).toEqual([
      expect.stringMatching(/^data\/claims\/.*:\d+:\d+ quote-not-in-snapshot$/),
    ]);
  });

  test.each([
    ["cut short", (file: string) => truncateSync(file, Math.floor(statSync(file).size / 2))],
    ["with bytes added", (file: string) => appendFileSync(file, "not a chunk")],
    ["removed", (file: string) => rmSync(file)],
  ])("a record cache %s is not used: every file is read again", async (_, damage) => {
    const first = await bothWithReads();
    damage(recordsFile());
    edit(CLAIM, (text) => text.replace("standing: reported", "standing: confirmed"));
    expect(await bothWithReads()).toEqual({
      cached: false,
      read: first.read,
      lines: [`${CLAIM}:10:11 corroborated-single-origin`],
    });
  });

  test("a record cache that cannot be written costs only itself: the rest of the cache is kept", async () => {
    mkdirSync(`${cacheFiles(path("data")).records}.tmp`, { recursive: true });
    const first = await bothWithReads();
    expect(first.cached).toBe(false);
    expect(existsSync(cacheFiles(path("data")).records)).toBe(false);
    expect(await bothWithReads()).toEqual({ cached: true, read: 0, lines: [] });
    // A rule-visible edit then reads every file again, there being no record cache to use.
    edit(CLAIM, (text) => text.replace("standing: reported", "standing: confirmed"));
    expect((await bothWithReads()).read).toBe(first.read);
  });

  test("a file added or removed makes every file be read again", async () => {
    const first = await bothWithReads();
    rmSync(path(CLAIM));
    const gone = await bothWithReads();
    expect(gone.read).toBe(first.read - 1);
    expect(gone.cached).toBe(false);
  });
});

describe("records with lazy fields, as the corpus rules see them in leaks validate", () => {
  test("read the left-out text back from the file, in the same key order, and count reads", async () => {
    const { analyseContent } = await import("../../src/loader/read/analyse-on-disk.js");
    const { analyseFile } = await import("../../src/loader/read/analyse-file.js");
    const { LazyFields } = await import("../../src/loader/validate/lazy-fields.js");
    const rel = "claims/example-leak/briefing-shared.yaml";
    writeFileSync(path(`data/${rel}`), BLOCK_CLAIM);
    const text = readFileSync(path(`data/${rel}`), "utf8");
    const full = analyseFile(rel, text);
    const slim = analyseContent(rel, text);
    if (full.type !== "record" || full.record === undefined || slim.record === undefined)
      throw new Error("the fixture claim should be valid");
    expect((slim.record as { notes?: unknown }).notes).toBeNull();
    expect((slim.record as { statement?: unknown }).statement).toBeNull();
    const lazy = new LazyFields((wanted) => (wanted === rel ? full.record : undefined));
    const seen = lazy.attach("claim", slim.record, rel, slim.reading);
    expect(lazy.reads).toBe(0);
    // What the rules read of the statement comes with the record, with no read of the file.
    expect(statementReading(seen as Claim)).toEqual({ hedged: false, possibility: false });
    expect(lazy.reads).toBe(0);
    expect(Object.keys(seen)).toEqual(Object.keys(full.record));
    expect(JSON.stringify(seen)).toBe(JSON.stringify(full.record));
    // Two left-out fields: the statement and the notes.
    expect(lazy.reads).toBe(2);
    expect((seen as { notes: string }).notes).toMatch(/^Written in two paragraphs/);
    expect(lazy.reads).toBe(3);
  });
});
