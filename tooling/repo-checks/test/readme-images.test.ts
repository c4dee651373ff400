import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./repo.js";

/** Every `![alt](path)` of a Markdown text, with the line it is on. */
function images(markdown: string): { alt: string; path: string; line: number }[] {
  const found: { alt: string; path: string; line: number }[] = [];
  markdown.split("\n").forEach((text, index) => {
    for (const match of text.matchAll(/!\[([^\]]*)\]\(([^)\s]+)\)/g)) {
      found.push({ alt: match[1] ?? "", path: match[2] ?? "", line: index + 1 });
    }
  });
  return found;
}

/** A PNG's width and height, from its header chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = "89504e470d0a1a0a";
  if (bytes.subarray(0, 8).toString("hex") !== signature) return undefined;
  if (bytes.subarray(12, 16).toString("latin1") !== "IHDR") return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("the README's pictures", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const shown = images(readme);

  it("shows the dossier at a desktop and a phone width", () => {
    expect(shown.map((image) => image.path)).toEqual(
      expect.arrayContaining(["docs/images/dossier-1280.png", "docs/images/dossier-390.png"]),
    );
  });

  it("points at pictures in the repository, each with a text alternative", () => {
    for (const image of shown) {
      const where = `README.md:${image.line}`;
      expect(image.alt.trim().length, `${where}: an image needs its alt text`).toBeGreaterThan(20);
      const file = join(ROOT, image.path);
      expect(existsSync(file), `${where}: ${image.path} does not exist`).toBe(true);
      const size = pngSize(readFileSync(file));
      expect(size, `${where}: ${image.path} is not a PNG`).toBeDefined();
    }
  });

  it("has the desktop picture at 1280 px, as taken by apps/dossier/scripts/readme-screenshot.mjs", () => {
    const size = pngSize(readFileSync(join(ROOT, "docs/images/dossier-1280.png")));
    expect(size).toEqual({ width: 1280, height: 800 });
  });
});
