import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import { ROOT as REPO_ROOT } from "./repo.js";

/** Every TypeScript module of a folder, by absolute path. */
function modulesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter(
      (entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts"),
    )
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The modules a module imports or re-exports by relative path (types included), as read by TypeScript. */
function importsOf(file: string, known: ReadonlySet<string>): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  return importedFiles
    .map((imported) => imported.fileName)
    .filter((name) => name.startsWith("."))
    .map((name) => resolve(dirname(file), name).replace(/\.js$/, ""))
    .flatMap((base) =>
      [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")].filter((f) => known.has(f)),
    );
}

/** The cycles of a graph, each once, as found by a depth-first walk (Tarjan's colours). */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string) => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (state.get(next) === undefined) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of graph.keys()) if (state.get(node) === undefined) visit(node);
  return cycles;
}

function graphOf(folder: string): Map<string, string[]> {
  const files = modulesUnder(folder);
  const known = new Set(files);
  return new Map(files.map((file) => [file, importsOf(file, known)]));
}

describe("the import graph of each package's sources has no cycle", () => {
  test("the cycle finder finds a cycle", () => {
    const graph = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["a"]],
    ]);
    expect(cyclesOf(graph)).toEqual([["a", "b", "c", "a"]]);
  });

  test.each(["packages/schema/src", "packages/corpus/src", "apps/dossier/src"])("%s", (folder) => {
    const root = join(REPO_ROOT, folder);
    const graph = graphOf(root);
    expect(graph.size).toBeGreaterThan(10);
    const shown = cyclesOf(graph).map((cycle) => cycle.map((f) => relative(root, f)).join(" -> "));
    expect(shown).toEqual([]);
  });
});
