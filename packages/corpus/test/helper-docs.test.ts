/**
 * The query helpers are documented once, on `CorpusView`; the data entry exports each with the
 * same TSDoc, so that an editor shows it on `getIncident` as on `view.getIncident`. This holds
 * the two alike, and fails on a helper exported without its documentation.
 */
import { join } from "node:path";
import ts from "typescript";
import { expect, test } from "vitest";
import { PACKAGE_ROOT } from "./support/fixture-corpus.js";

const program = ts.createProgram(
  ["index.ts", "corpus-view.ts"].map((file) => join(PACKAGE_ROOT, "src", file)),
  { noEmit: true, skipLibCheck: true, strict: true },
);
const checker = program.getTypeChecker();
const docOf = (symbol: ts.Symbol) =>
  ts.displayPartsToString(symbol.getDocumentationComment(checker));
const moduleOf = (file: string) => {
  const source = program.getSourceFile(join(PACKAGE_ROOT, "src", file));
  const symbol = source && checker.getSymbolAtLocation(source);
  if (symbol === undefined) throw new Error(`no module ${file}`);
  return symbol;
};

const view = checker
  .getExportsOfModule(moduleOf("corpus-view.ts"))
  .find((symbol) => symbol.name === "CorpusView");
const helpers = new Map(
  checker
    .getDeclaredTypeOfSymbol(view as ts.Symbol)
    .getProperties()
    .filter((member) => member.flags & ts.SymbolFlags.Method)
    .map((member) => [member.name, docOf(member)]),
);
const exported = new Map(
  checker.getExportsOfModule(moduleOf("index.ts")).map((symbol) => [symbol.name, docOf(symbol)]),
);

test("each query helper of CorpusView is exported by the data entry with its documentation", () => {
  expect(helpers.size).toBeGreaterThanOrEqual(18);
  for (const [name, doc] of helpers) {
    expect(doc, `CorpusView.${name} has no documentation`).not.toBe("");
    expect(exported.get(name), name).toBe(doc);
  }
});
