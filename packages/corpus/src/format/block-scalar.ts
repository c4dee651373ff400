import { type CST, Scalar } from "yaml";

/**
 * Prints a block scalar (`>-`, `|`) with the line breaks its author chose, re-indented to the
 * canonical indent: re-wrapping prose would turn every edit into a noisy diff. Returns
 * undefined where the source cannot be reused safely (explicit indentation indicator, keep
 * chomping `+`, no source), and the caller falls back to the yaml library's printer.
 */
export function printBlockAsWritten(
  item: Scalar,
  indent: string,
  comment: string,
): string | undefined {
  if (item.type !== Scalar.BLOCK_FOLDED && item.type !== Scalar.BLOCK_LITERAL) return undefined;
  if (item.srcToken?.type !== "block-scalar") return undefined;
  const token = item.srcToken as CST.BlockScalar;
  const headerToken = token.props.find((prop) => prop.type === "block-scalar-header");
  const header =
    headerToken !== undefined && "source" in headerToken ? headerToken.source : undefined;
  if (header === undefined || !/^[>|][-]?$/.test(header)) return undefined;
  if (indent === "") return undefined;

  const lines = token.source.split("\n");
  if (lines.at(-1) === "") lines.pop();
  const first = lines.find((line) => line.trim() !== "");
  if (first === undefined) return undefined;
  const oldIndent = first.length - first.trimStart().length;
  if (oldIndent === 0 || first.slice(0, oldIndent).includes("\t")) return undefined;

  const body = lines.map((line) => {
    if (line.length <= oldIndent && line.trim() === "") return "";
    if (!line.startsWith(" ".repeat(oldIndent))) return undefined;
    return `${indent}${line.slice(oldIndent)}`;
  });
  if (body.some((line) => line === undefined)) return undefined;
  // Trailing empty lines are not content under strip or clip chomping.
  while (body.length > 0 && body.at(-1) === "") body.pop();
  return `${header}${comment}\n${body.join("\n")}`;
}
