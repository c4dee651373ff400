/**
 * What a consumer's bundler keeps of @leaks/schema: esbuild bundles one import of it for the
 * browser, minified, and reports the bytes (plain and gzip) and which of the package's modules
 * came along. The package checks use it to assert that the corpus rules stay out of a bundle
 * that imports only a model; `pnpm bench` records the sizes against their budget.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";

/**
 * Bundles `source` (an ES module importing the package) with `packageDir` installed as
 * `@leaks/schema` (a link, resolved through its `exports`); zod stays external unless
 * `withZod`, as a consumer already has its own.
 */
export async function bundleOf(esbuild, packageDir, source, { withZod = false } = {}) {
  const work = mkdtempSync(join(tmpdir(), "leaks-bundle-"));
  try {
    const entry = join(work, "entry.js");
    writeFileSync(entry, source);
    mkdirSync(join(work, "node_modules", "@leaks"), { recursive: true });
    symlinkSync(packageDir, join(work, "node_modules", "@leaks", "schema"), "junction");
    const result = await esbuild.build({
      absWorkingDir: work,
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      write: false,
      metafile: true,
      logLevel: "silent",
      outdir: join(work, "out"),
      external: withZod ? [] : ["zod"],
    });
    const [output] = result.outputFiles;
    // The package's own modules that put code into the bundle, as paths inside it
    // (dist/esm/models/claim.js); the metafile's inputs also list modules shaken out.
    const [{ inputs }] = Object.values(result.metafile.outputs);
    const modules = Object.entries(inputs)
      .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
      .map(([input]) => relative(packageDir, join(work, input)))
      .filter((path) => !path.startsWith(".."))
      .map((path) => path.split(sep).join("/"));
    return {
      bytes: output.contents.byteLength,
      gzipBytes: gzipSync(output.contents).byteLength,
      modules,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The imports the package checks and the bench measure. */
export const SCHEMA_IMPORTS = {
  claim: 'import { Claim } from "@leaks/schema";\nconsole.log(Claim);\n',
  whole: 'import * as schema from "@leaks/schema";\nconsole.log(schema);\n',
};
