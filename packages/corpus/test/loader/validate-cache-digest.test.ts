import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { validateCorpus } from "../../src/loader/validate-corpus.js";
import { fixtureCorpus, problemLine } from "../support/fixture-corpus.js";

const CLAIM = "data/claims/example-leak/briefing-shared.yaml";

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

/** A run with the cache, checked against one without: whether it reused the last findings. */
async function run() {
  await new Promise((resolve) => setTimeout(resolve, 15));
  const common = { today: "2024-01-01", workers: 0, racyMs: 0, cacheVersion: "test" };
  const cached = await validateCorpus(path("data"), common);
  const fresh = await validateCorpus(path("data"), { ...common, cache: false });
  expect(cached.problems).toEqual(fresh.problems);
  return { cached: cached.cached, lines: cached.problems.map((p) => problemLine(p, root)) };
}

describe("what the cache of leaks validate takes for a change the corpus rules cannot see", () => {
  test("in block YAML: edits of a folded statement, of notes and of comments at column 0", async () => {
    writeFileSync(path(CLAIM), BLOCK_CLAIM);
    expect(await run()).toEqual({ cached: false, lines: [] });
    edit(CLAIM, (text) => text.replace("was shared with", "was passed on to"));
    expect(await run()).toEqual({ cached: true, lines: [] });
    edit(CLAIM, (text) =>
      text.replace("The second one.", "The second one, longer\n  and wrapped."),
    );
    expect(await run()).toEqual({ cached: true, lines: [] });
    edit(CLAIM, (text) => text.replace("# Why this claim", "# Why, and since when, this claim"));
    expect(await run()).toEqual({ cached: true, lines: [] });
  });

  test("in block YAML: a quote edited on its second line is checked across files again", async () => {
    writeFileSync(path(CLAIM), BLOCK_CLAIM);
    expect(await run()).toEqual({ cached: false, lines: [] });
    edit(CLAIM, (text) => text.replace("      with Borduria", "      with Syldavia"));
    const { cached, lines } = await run();
    expect(cached).toBe(false);
    expect(lines).toEqual([`${CLAIM}:22:12 quote-not-in-snapshot`]);
  });

  test("in block YAML: a field the rules read, right after a free-text one, is seen", async () => {
    writeFileSync(path(CLAIM), BLOCK_CLAIM.replace("nature: reported-fact\n", ""));
    const first = await run();
    expect(first.cached).toBe(false);
    // The same line moved up to just after the statement, where it could pass for its text.
    edit(CLAIM, (text) =>
      text.replace("consent.\nclaimant:", "consent.\nnature: reported-fact\nclaimant:"),
    );
    expect(await run()).toEqual({ cached: false, lines: [] });
  });

  test("in flow YAML (read by js-yaml): a statement edit alone, then a standing edit", async () => {
    expect(readFileSync(path(CLAIM), "utf8")).toContain("incidents: [example-leak]");
    expect(await run()).toEqual({ cached: false, lines: [] });
    edit(CLAIM, (text) => text.replace("Officials of Ruritania said", "Ruritanian officials said"));
    expect(await run()).toEqual({ cached: true, lines: [] });
    edit(CLAIM, (text) => text.replace("standing: reported", "standing: confirmed"));
    const { cached, lines } = await run();
    expect(cached).toBe(false);
    expect(lines).toEqual([`${CLAIM}:10:11 confirmed-needs-independent-sources`]);
  });
});
