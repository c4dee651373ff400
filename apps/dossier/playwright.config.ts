import { defineConfig } from "@playwright/test";

const CI = Boolean(process.env.CI);
export const SITE_PORT = 4310;
export const HOSTILE_PORT = 4311;

// Debian's Chromium: Playwright cannot download its own browser here.
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "test/e2e",
  // Two cores and a real browser: tests that walk every page need more than the default.
  timeout: 120_000,
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
      timeout: 30_000,
    },
    {
      // The same site exported over the hostile fixture corpus.
      command: `node scripts/build-hostile.mjs && node scripts/serve.mjs out-hostile --port ${HOSTILE_PORT}`,
      url: `http://127.0.0.1:${HOSTILE_PORT}/`,
      reuseExistingServer: !CI,
      timeout: 180_000,
    },
  ],
});
