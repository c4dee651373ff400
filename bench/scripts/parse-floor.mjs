#!/usr/bin/env node
// The floor a validator cannot beat: read every file of a corpus written as JSON and
// JSON.parse each record (snapshots are read as text, as a validator must read them too).
// Usage: node bench/scripts/parse-floor.mjs <json-dir> [archive-dir]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const [jsonDir, archiveDir] = process.argv.slice(2);
if (jsonDir === undefined) {
  console.error("usage: parse-floor.mjs <json-dir> [archive-dir]");
  process.exit(2);
}

let records = 0;
let bytes = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith(".json")) {
      const text = readFileSync(path, "utf8");
      bytes += text.length;
      if (JSON.parse(text) !== null) records++;
    }
  }
};
walk(jsonDir);

let snapshots = 0;
if (archiveDir !== undefined)
  for (const entry of readdirSync(archiveDir)) {
    bytes += readFileSync(join(archiveDir, entry), "utf8").length;
    snapshots++;
  }
console.log(`${records} records, ${snapshots} snapshots, ${bytes} characters`);
