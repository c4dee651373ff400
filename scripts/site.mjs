// `pnpm site`: builds the dossier site as static files and serves it on localhost.
import { existsSync } from "node:fs";

if (!existsSync(new URL("../apps/dossier/package.json", import.meta.url))) {
  console.log(
    [
      "The dossier site (apps/dossier) is not built yet.",
      "When it lands, `pnpm site` will:",
      "  1. build @leaks/schema and @leaks/corpus,",
      "  2. export the Next.js site as static files to apps/dossier/out,",
      "  3. index it for search with pagefind,",
      "  4. serve it at http://localhost:3000 and print that address.",
    ].join("\n"),
  );
  process.exit(0);
}
