import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../repo.js";

/** Links each dependency in `from` into `to`, but the packages named in `own` to other folders. */
export function linkDependencies(from: string, to: string, own: ReadonlyMap<string, string>): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const path = join(from, entry.name);
    if (entry.name.startsWith("@")) {
      for (const scoped of readdirSync(path)) {
        const name = `${entry.name}/${scoped}`;
        mkdirSync(join(to, entry.name), { recursive: true });
        symlinkSync(own.get(name) ?? realpathSync(join(path, scoped)), join(to, name), "dir");
      }
    } else symlinkSync(realpathSync(path), join(to, entry.name), "dir");
  }
}

/**
 * A private copy of the built `leaks` CLI and of @leaks/schema beside it, their dependencies
 * linked. Others may rebuild the packages while a long benchmark runs: a rebuild would change
 * the code under measurement halfway, invalidate the validator's cache between two runs that
 * should share it, or remove files a run is reading. The JSON Schemas come too, for the peer.
 * Returns the copy's bin/leaks.js.
 */
export function copyCli(target: string): string {
  rmSync(target, { recursive: true, force: true });
  const source = {
    corpus: join(REPO_ROOT, "packages", "corpus"),
    schema: join(REPO_ROOT, "packages", "schema"),
  };
  const copy = { corpus: join(target, "corpus"), schema: join(target, "schema") };
  for (const [name, from] of Object.entries(source)) {
    const to = copy[name as keyof typeof copy];
    if (!existsSync(join(from, "dist")))
      throw new Error(`${from}/dist is missing: build the packages first`);
    mkdirSync(to, { recursive: true });
    cpSync(join(from, "package.json"), join(to, "package.json"));
    cpSync(join(from, "dist"), join(to, "dist"), { recursive: true });
    // The corpus's data entry imports corpus.json and meta.json from the package's root; the
    // site renders the archived snapshots of its sources from archive/.
    for (const entry of ["bin", "json-schema", "corpus.json", "meta.json", "archive"])
      if (existsSync(join(from, entry)))
        cpSync(join(from, entry), join(to, entry), { recursive: true });
  }
  linkDependencies(
    join(source.schema, "node_modules"),
    join(copy.schema, "node_modules"),
    new Map(),
  );
  linkDependencies(
    join(source.corpus, "node_modules"),
    join(copy.corpus, "node_modules"),
    new Map([["@leaks/schema", copy.schema]]),
  );
  return join(copy.corpus, "bin", "leaks.js");
}

/** The copies of @leaks/corpus and @leaks/schema that copyCli made under `target`. */
export function copiedPackages(target: string): ReadonlyMap<string, string> {
  return new Map([
    ["@leaks/corpus", join(target, "corpus")],
    ["@leaks/schema", join(target, "schema")],
  ]);
}
