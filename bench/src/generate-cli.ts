// `pnpm --filter @leaks/bench generate --incidents 1000 --seed 1 --out <dir>`: writes a synthetic
// corpus (data/, archive/, json/) so that any figure of BENCHMARKS.md can be reproduced by hand.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { writeCorpus } from "./generate/write.js";

const { values } = parseArgs({
  options: {
    incidents: { type: "string", default: "100" },
    seed: { type: "string", default: "1" },
    out: { type: "string" },
  },
});
if (values.out === undefined) {
  console.error("usage: generate --incidents <n> [--seed <n>] --out <dir>");
  process.exit(2);
}
const incidents = Number(values.incidents);
const seed = Number(values.seed);
if (!Number.isInteger(incidents) || incidents < 1 || !Number.isInteger(seed)) {
  console.error("--incidents must be a positive integer and --seed an integer");
  process.exit(2);
}
const started = performance.now();
const manifest = writeCorpus(resolve(values.out), { incidents, seed });
console.log(
  `wrote ${manifest.counts.incident} incidents, ${manifest.counts.claim} claims, ${manifest.counts.source} sources, ${manifest.counts.actor} actors, ${manifest.counts.snapshot} snapshots to ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
