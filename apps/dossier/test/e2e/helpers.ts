import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { APIRequestContext, Page } from "@playwright/test";
import { HOSTILE_PORT, SITE_PORT } from "../../playwright.config";

export const SITE = `http://127.0.0.1:${SITE_PORT}`;
export const HOSTILE = `http://127.0.0.1:${HOSTILE_PORT}`;

/** The part of a dossier's JSON download the tests read. */
export interface DossierJson {
  incident: { id: string; title: string };
  claims: {
    id: string;
    statement: string;
    incidents: string[];
    appearances: { source: string; quote: string }[];
    relations: { type: string; claim: string }[];
  }[];
  sources: { id: string; published?: string }[];
  actors: { id: string; name: string }[];
}

function pathsOf(sitemap: string): string[] {
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "").pathname);
}

/** Every page the sitemap lists, as paths. */
export async function sitemapPaths(request: APIRequestContext, base = SITE): Promise<string[]> {
  const response = await request.get(`${base}/sitemap.xml`);
  if (!response.ok()) throw new Error(`sitemap.xml: ${response.status()}`);
  return pathsOf(await response.text());
}

/**
 * The sitemap of the exported site the tests serve (out/), read from disk: for tests made one
 * per page, whose list is needed before any server runs.
 */
export function exportedSitemapPaths(): string[] {
  const file = fileURLToPath(new URL("../../out/sitemap.xml", import.meta.url));
  if (!existsSync(file))
    throw new Error(
      `${file} is missing: build the site first (pnpm --filter @leaks/dossier build)`,
    );
  return pathsOf(readFileSync(file, "utf8"));
}

export async function incidentPaths(request: APIRequestContext, base = SITE): Promise<string[]> {
  return (await sitemapPaths(request, base)).filter((path) => /^\/incidents\/[^/]+\/$/.test(path));
}

export async function dossierJson(
  request: APIRequestContext,
  incidentPath: string,
  base = SITE,
): Promise<DossierJson> {
  const response = await request.get(`${base}${incidentPath}dossier.json`);
  if (!response.ok()) throw new Error(`${incidentPath}dossier.json: ${response.status()}`);
  return (await response.json()) as DossierJson;
}

/** Fails the test on any request that leaves the local server: nothing is fetched from the network. */
export function watchForeignRequests(page: Page, base: string): string[] {
  const foreign: string[] = [];
  const origin = new URL(base).origin;
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith("data:")) foreign.push(url);
  });
  return foreign;
}
