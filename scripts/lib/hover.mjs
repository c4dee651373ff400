/**
 * What an editor shows on hover, asked of TypeScript's language service: the tests use it to
 * hold that every field of the published types carries its documentation, as a developer sees
 * it, not as a source file happens to be written.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * The documentation shown on hover over each `target` in a virtual file `text` placed in `dir`
 * (so that its imports resolve from there), with the compiler options of `tsconfig`.
 * @returns for each target, in order, the hover's documentation text ("" where it has none)
 */
export function hoverDocs({ dir, tsconfig, text, targets }) {
  // The repository's TypeScript, so that a consumer folder need not install its own.
  const ts = createRequire(import.meta.url)("typescript");
  const config = ts.readConfigFile(tsconfig, ts.sys.readFile);
  if (config.error)
    throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, "\n"));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(tsconfig));
  const file = join(dir, "__hover__.ts");
  const host = {
    getScriptFileNames: () => [file],
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) => {
      const content = name === file ? text : ts.sys.readFile(name);
      return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content);
    },
    getCurrentDirectory: () => dir,
    getCompilationSettings: () => ({ ...options, noEmit: true }),
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? text : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  const errors = service
    .getSemanticDiagnostics(file)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
  if (errors.length > 0) throw new Error(`the hover file does not compile:\n${errors.join("\n")}`);
  let from = 0;
  return targets.map((target) => {
    const at = text.indexOf(target, from);
    if (at === -1) throw new Error(`${target} is not in the hover file`);
    from = at + target.length;
    const info = service.getQuickInfoAtPosition(file, at + target.length - 1);
    return ts.displayPartsToString(info?.documentation ?? []);
  });
}
