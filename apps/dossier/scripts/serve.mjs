// Serves the static export on localhost: `node scripts/serve.mjs [dir] [--port N]`.
// sirv (the server behind `vite preview`) does the file work: MIME types, ETags, ranges,
// `/x/` -> `x/index.html`, and refusing paths outside the folder. This wrapper adds the
// headers a static host should send and the site's own 404 page.
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import sirv from "sirv";

const app = fileURLToPath(new URL("..", import.meta.url));

export function startServer({ dir = join(app, "out"), port = 3000, host = "127.0.0.1" } = {}) {
  const root = resolve(dir);
  if (!existsSync(join(root, "index.html"))) {
    throw new Error(
      `${root} holds no exported site: build it first (pnpm --filter @leaks/dossier build)`,
    );
  }
  const notFound = existsSync(join(root, "404.html"))
    ? readFileSync(join(root, "404.html"))
    : undefined;
  const files = sirv(root, {
    dev: false,
    etag: true,
    extensions: ["html"],
    setHeaders(res, path) {
      if (path.startsWith("/_next/static/"))
        res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
      if (path.endsWith(".yaml") || (path.startsWith("/archive/") && path.endsWith(".txt")))
        res.setHeader("Content-Type", "text/plain; charset=utf-8");
    },
  });
  const server = createServer((req, res) => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    // Pages carry their script policy in a <meta>; framing can only be refused by a header.
    res.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end(notFound ?? "Not found");
    });
  });
  // A client that reuses an idle connection just as the server closes it sees "socket hang
  // up": on a loaded machine Node's 5 s keep-alive is too short for test clients, so idle
  // connections stay open far longer than any pause between their requests.
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 125_000;
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

function option(name) {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const positional = process.argv
    .slice(2)
    .find((arg, i, all) => !arg.startsWith("--") && all[i - 1] !== "--port");
  const port = Number(option("--port") ?? process.env.PORT ?? 3000);
  const dir = positional ? resolve(positional) : join(app, "out");
  const server = await startServer({ dir, port });
  const address = server.address();
  console.log(
    `Serving ${dir} at http://localhost:${typeof address === "object" && address ? address.port : port}/`,
  );
}
