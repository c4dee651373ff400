// Exports the site over test/fixtures/hostile-corpus.json into out-hostile/, for the browser
// test that script payloads and `javascript:` links in contributed text stay inert. It is
// also the export with a public address set (the browser tests set SITE_URL for it), in which
// nothing may say localhost.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSite } from "./build.mjs";

const app = fileURLToPath(new URL("..", import.meta.url));

buildSite({
  ...process.env,
  LEAKS_CORPUS_JSON: join(app, "test", "fixtures", "hostile-corpus.json"),
  // Its releases, hand-written for the fixture: the feeds carry its hostile titles.
  LEAKS_HISTORY_DIR: join(app, "test", "fixtures", "hostile-history"),
  DOSSIER_DIST_DIR: "out-hostile",
  DOSSIER_OUT_DIR: "out-hostile",
});

// Put the real corpus's downloads back for `next dev` and the next build.
const { LEAKS_CORPUS_JSON: _fixture, ...env } = process.env;
const restored = spawnSync(process.execPath, [join(app, "scripts", "prepare-downloads.mjs")], {
  cwd: app,
  env,
  stdio: "inherit",
});
if (restored.status !== 0) process.exit(restored.status ?? 1);
