// `pnpm build`: downloads into public/, `next build` (a static export), then the per-page
// Content-Security-Policy and the search index. Telemetry is off here rather than in each
// shell, since turbo's strict environment would drop the variable anyway.
// `pnpm build:production` (`--production`) is the build to deploy: it refuses to start without
// the public address in SITE_URL, or with a local one.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { siteUrlProblem } from "./site-url.mjs";

const app = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(join(app, "package.json"));

export function buildSite(env = process.env, { production = false } = {}) {
  const problem = siteUrlProblem(env, { production });
  if (problem !== undefined) {
    console.error(`✖ ${problem}`);
    process.exit(1);
  }
  const withTelemetryOff = { ...env, NEXT_TELEMETRY_DISABLED: "1" };
  for (const args of [
    [join(app, "scripts", "prepare-downloads.mjs")],
    [require.resolve("next/dist/bin/next"), "build"],
    [join(app, "scripts", "postbuild.mjs")],
  ]) {
    const result = spawnSync(process.execPath, args, {
      cwd: app,
      env: withTelemetryOff,
      stdio: "inherit",
    });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  buildSite(process.env, { production: process.argv.includes("--production") });
