// Takes the README's pictures of the dossier from the built site:
// `pnpm --filter @leaks/dossier build && node apps/dossier/scripts/readme-screenshot.mjs`.
// The top of the Oval Office dossier at 1280x800 (what a reader sees first) and at a 390 px
// phone, both in the light theme, written to docs/images/. Pixels differ between machines
// (fonts, anti-aliasing), so the pictures are not compared in CI; a repository check only
// holds that every picture the README shows exists.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { startServer } from "./serve.mjs";

const repo = fileURLToPath(new URL("../../..", import.meta.url));
const outDir = join(repo, "docs", "images");
const page = "/incidents/2017-oval-office-disclosure/";
const shots = [
  { file: "dossier-1280.png", viewport: { width: 1280, height: 800 }, scale: 1 },
  { file: "dossier-390.png", viewport: { width: 390, height: 844 }, scale: 1 },
];

const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const port = Number(process.env.PORT ?? 43999);
const server = await startServer({ port });
const browser = await chromium.launch({ executablePath });
try {
  mkdirSync(outDir, { recursive: true });
  for (const shot of shots) {
    const context = await browser.newContext({
      viewport: shot.viewport,
      deviceScaleFactor: shot.scale,
      colorScheme: "light",
      reducedMotion: "reduce",
    });
    const tab = await context.newPage();
    await tab.goto(`http://127.0.0.1:${port}${page}`, { waitUntil: "load" });
    const path = join(outDir, shot.file);
    await tab.screenshot({ path });
    console.log(`wrote ${path}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
