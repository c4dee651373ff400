/**
 * The documentation shown on hover over each `target` (the first occurrence after the previous
 * target's) in a virtual file `text` placed in `dir`, with the compiler options of `tsconfig`.
 */
export function hoverDocs(request: {
  dir: string;
  tsconfig: string;
  text: string;
  targets: readonly string[];
}): string[];
