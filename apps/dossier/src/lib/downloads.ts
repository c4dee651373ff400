// The files `scripts/prepare-downloads.mjs` copied into `public/` before the build.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod";

const Download = z.strictObject({
  path: z.string().regex(/^\/downloads\/[a-z0-9][A-Za-z0-9._/-]*$/),
  title: z.string(),
  description: z.string(),
  bytes: z.int().nonnegative(),
});
export type Download = z.output<typeof Download>;

const BundleTable = z.strictObject({
  format: z.enum(["csv", "parquet"]),
  name: z.string().regex(/^[a-z0-9_]+$/),
  path: z.string().regex(/^\/downloads\/release\/[a-z0-9][a-z0-9._/-]*$/),
  bytes: z.int().nonnegative(),
});
export type BundleTable = z.output<typeof BundleTable>;

const Manifest = z.strictObject({
  exports: z.array(Download),
  /** The release bundle's files but its tables; those are `bundleTables`. */
  bundle: z.array(Download),
  bundleTables: z.array(BundleTable),
  schemas: z.array(Download),
  records: z.array(z.string().regex(/^[a-z0-9][a-z0-9/-]*\.yaml$/)),
});
export type Manifest = z.output<typeof Manifest>;

const MANIFEST = join(process.cwd(), "public", "downloads", "index.json");

let cached: Manifest | undefined;

export function downloads(): Manifest {
  if (cached) return cached;
  cached = existsSync(MANIFEST)
    ? Manifest.parse(JSON.parse(readFileSync(MANIFEST, "utf8")))
    : { exports: [], bundle: [], bundleTables: [], schemas: [], records: [] };
  return cached;
}

/** The served copy of a record file (`/records/incidents/x.yaml`), when the build copied it. */
export function recordFileHref(recordPath: string): string | undefined {
  const relative = recordPath.replace(/^packages\/corpus\/data\//, "");
  return downloads().records.includes(relative) ? `/records/${relative}` : undefined;
}
