// `pnpm site`: builds the packages and the dossier site, then serves the static export.
//   1. `turbo run build --filter @leaks/dossier...`: @leaks/schema, @leaks/corpus (whose build
//      refuses data with errors), then the site: `next build` exports apps/dossier/out, which is
//      given its Content-Security-Policy and indexed for search by pagefind;
//   2. serves apps/dossier/out on http://localhost:3000 (or $PORT) and says where.
// The server is sirv behind node:http (apps/dossier/scripts/serve.mjs): a small, well-kept
// static file server, the one `vite preview` uses, with the site's 404 page and headers added.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = new URL("..", import.meta.url);

function pnpm(args) {
  const execpath = process.env.npm_execpath;
  // Under `npx pnpm` the pnpm on PATH may not be the one running: use the one that started us.
  const [command, prefix] =
    execpath && /\.[cm]?js$/.test(execpath)
      ? [process.execPath, [execpath]]
      : [execpath || "pnpm", []];
  const result = spawnSync(command, [...prefix, ...args], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1" },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

pnpm(["exec", "turbo", "run", "build", "--filter", "@leaks/dossier..."]);

const { startServer } = await import(
  new URL("../apps/dossier/scripts/serve.mjs", import.meta.url).href
);
const port = Number(process.env.PORT ?? 3000);
const out = new URL("../apps/dossier/out", import.meta.url);
await startServer({ dir: fileURLToPath(out), port });
console.log(`\nThe dossier site is served at http://localhost:${port}/ (Ctrl-C stops it).`);
