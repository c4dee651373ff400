#!/usr/bin/env node
// The peer: what a generic tool does with the data tree and the project's JSON Schemas. Walk the
// data folder, read every .yaml file, parse it with js-yaml 4 (core schema), validate it with ajv
// against the JSON Schema of its folder (incidents/, claims/<incident>/, actors/, sources/), count
// the errors. No corpus rules, no locations, no snapshots; one thread. Exits 1 on any error.
// Usage: node bench/scripts/validate-peer.mjs <data-dir> [json-schema-dir]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import yaml from "js-yaml";

const [dataDir, schemaArg] = process.argv.slice(2);
if (dataDir === undefined) {
  console.error("usage: validate-peer.mjs <data-dir> [json-schema-dir]");
  process.exit(2);
}
const schemaDir =
  schemaArg ?? fileURLToPath(new URL("../../packages/schema/json-schema/", import.meta.url));

// The schemas are draft 2020-12 and use the formats "date" and "uri"; they compile in strict mode.
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const compile = (kind) =>
  ajv.compile(JSON.parse(readFileSync(join(schemaDir, `${kind}.json`), "utf8")));
const validators = {
  incident: compile("incident"),
  claim: compile("claim"),
  actor: compile("actor"),
  source: compile("source"),
};
/** The record kind of each folder, and how deep its files lie below it. */
const FOLDERS = {
  incidents: ["incident", 0],
  claims: ["claim", 1],
  actors: ["actor", 0],
  sources: ["source", 0],
};

let files = 0;
let errors = 0;
let shown = 0;
function report(file, message) {
  errors++;
  if (shown++ < 50) console.error(`${file}: ${message}`);
}

function walk(dir, kind, depth, expected) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, kind, depth + 1, expected);
    else if (entry.name.endsWith(".yaml")) {
      files++;
      if (kind === undefined || depth !== expected) {
        report(path, "no schema for a .yaml file here");
        continue;
      }
      let data;
      try {
        data = yaml.load(readFileSync(path, "utf8"), { schema: yaml.CORE_SCHEMA });
      } catch (error) {
        report(path, `YAML: ${error.message.split("\n")[0]}`);
        continue;
      }
      const validate = validators[kind];
      if (!validate(data))
        for (const error of validate.errors)
          report(path, `${error.instancePath || "/"} ${error.message}`);
    }
  }
}

for (const entry of readdirSync(dataDir, { withFileTypes: true })) {
  const path = join(dataDir, entry.name);
  const folder = FOLDERS[entry.name];
  if (entry.isDirectory()) walk(path, folder?.[0], 0, folder?.[1]);
  else if (entry.name.endsWith(".yaml")) {
    files++;
    report(path, "no schema for a .yaml file here");
  }
}
console.log(`${files} files, ${errors} errors`);
process.exitCode = errors > 0 ? 1 : 0;
