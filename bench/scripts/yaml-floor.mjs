#!/usr/bin/env node
// What YAML costs alone: read every record file of the data tree and parse it with js-yaml 4
// (core schema, as the loader does), and read every snapshot as text. No validation.
// Usage: node bench/scripts/yaml-floor.mjs <data-dir> [archive-dir]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";

const [dataDir, archiveDir] = process.argv.slice(2);
if (dataDir === undefined) {
  console.error("usage: yaml-floor.mjs <data-dir> [archive-dir]");
  process.exit(2);
}

let records = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith(".yaml")) {
      if (yaml.load(readFileSync(path, "utf8"), { schema: yaml.CORE_SCHEMA }) !== null) records++;
    }
  }
};
walk(dataDir);
let snapshots = 0;
if (archiveDir !== undefined)
  for (const entry of readdirSync(archiveDir)) {
    readFileSync(join(archiveDir, entry), "utf8");
    snapshots++;
  }
console.log(`${records} records, ${snapshots} snapshots`);
