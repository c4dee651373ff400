import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

const CI = Boolean(process.env.CI);
// On a machine shared with other checkouts, their tests may hold the default ports, and with
// reuseExistingServer these tests would then drive their site: DOSSIER_E2E_PORT moves both.
const BASE_PORT = Number(process.env.DOSSIER_E2E_PORT || 4310);
if (!Number.isInteger(BASE_PORT) || BASE_PORT < 1024 || BASE_PORT > 65534)
  throw new Error(`DOSSIER_E2E_PORT must be a port number, not "${process.env.DOSSIER_E2E_PORT}"`);
export const SITE_PORT = BASE_PORT;
export const HOSTILE_PORT = BASE_PORT + 1;
/**
 * The public address the hostile export is built with: a reserved example domain (RFC 2606),
 * certainly not this machine's, so that a localhost left in the export shows.
 */
export const HOSTILE_SITE_URL = "https://dossier.example.org";

// The system's Chromium: the tests drive it rather than a browser Playwright downloads.
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!existsSync(executablePath)) {
  // Said before anything is built or served, in place of a launch error per test.
  throw new Error(
    [
      `The browser tests need Chromium, and there is none at ${executablePath}` +
        (process.env.CHROMIUM_PATH ? " (CHROMIUM_PATH)." : "."),
      "Install it:",
      "  Debian/Ubuntu: sudo apt-get install chromium",
      "  macOS:         brew install --cask chromium",
      "                 then CHROMIUM_PATH=/Applications/Chromium.app/Contents/MacOS/Chromium",
      "Chromium elsewhere: set CHROMIUM_PATH to its executable.",
    ].join("\n"),
  );
}

// Generous limits: on a loaded machine a page or a build can take many times its usual time,
// and no test should fail for that. How fast things are is measured by `pnpm bench`.
const MINUTE = 60_000;

export default defineConfig({
  testDir: "test/e2e",
  // Some tests walk every page of the site.
  timeout: 15 * MINUTE,
  expect: { timeout: 2 * MINUTE },
  outputDir: "test-results/artifacts",
  fullyParallel: true,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: 2,
  reporter: CI
    ? [["list"], ["html", { open: "never", outputFolder: "test-results/report" }]]
    : "list",
  use: {
    baseURL: `http://127.0.0.1:${SITE_PORT}`,
    browserName: "chromium",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: [
    {
      // The real site, as `pnpm build` exported it (turbo runs the build before e2e).
      command: `node scripts/serve.mjs out --port ${SITE_PORT}`,
      url: `http://127.0.0.1:${SITE_PORT}/`,
      reuseExistingServer: !CI,
      timeout: 5 * MINUTE,
    },
    {
      // The same site exported over the hostile fixture corpus.
      command: `node scripts/build-hostile.mjs && node scripts/serve.mjs out-hostile --port ${HOSTILE_PORT}`,
      env: { SITE_URL: HOSTILE_SITE_URL },
      url: `http://127.0.0.1:${HOSTILE_PORT}/`,
      reuseExistingServer: !CI,
      // A whole `next build` of the site first.
      timeout: 30 * MINUTE,
    },
  ],
});
