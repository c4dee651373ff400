import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath, serve } from "./search.js";

/** What a reader's browser gets of one exported page and how long it is on screen and paper. */
export interface DossierWeight {
  /** The page's HTML as served, kB (1000 bytes), uncompressed. */
  readonly htmlKb: number;
  /** Its height at 1280x800 with every box closed, in screens of 800 px. */
  readonly screens: number;
  /** Pages of A4 when printed from Chromium. */
  readonly printPages: number;
}

const SCREEN = { width: 1280, height: 800 };

/** Measures a page of a static export (`path` like `/incidents/x/`) in Debian's Chromium. */
export async function dossierWeight(root: string, path: string): Promise<DossierWeight> {
  const html = readFileSync(join(root, path, "index.html"));
  const executablePath = chromiumPath();
  if (executablePath === undefined)
    throw new Error("no Chromium found: install Debian's chromium or set CHROMIUM_PATH");
  const { server, url } = await serve(root);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: SCREEN });
    await page.goto(`${url}${path}`);
    const height = await page.evaluate("document.documentElement.scrollHeight");
    await page.emulateMedia({ media: "print", colorScheme: "light" });
    const pdf = await page.pdf({ format: "A4" });
    const printPages = pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
    return { htmlKb: html.length / 1000, screens: Number(height) / SCREEN.height, printPages };
  } finally {
    await browser.close();
    server.close();
  }
}
