import { readFileSync } from "node:fs";
import { ensureCorpus, siteCorpusJson } from "./corpora.js";
import { buildSite, exportRoot, firstLoadJs, htmlPages } from "./measure/site.js";

const corpus = ensureCorpus("/work/main/bench/.corpora", 10, 1, console.log);
const json = siteCorpusJson(corpus);
const build = await buildSite(json, "/work/main/bench/.work/site-10");
console.log(build.run.wallMs, build.run.stdout.slice(-2000));
const root = exportRoot(build);
console.log(root, htmlPages(root).length);
