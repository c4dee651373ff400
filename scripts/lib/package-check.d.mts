/** The types of what TypeScript code (the bench, the repository checks) uses of package-check.mjs. */

/** pnpm as the caller ran it: the command, then the arguments that come before pnpm's own. */
export function pnpmCommand(): string[];
/** Packs the package at `packageRoot` with pnpm (which rewrites `workspace:*`); returns the tarball. */
export function pack(packageRoot: string, workDir: string): string;
/** Installs a consumer project's dependencies with plain npm, as a developer outside the repository would. */
export function npmInstall(consumer: string): void;
/** Fails on a relative link in a package's README (it would break on npm's page). */
export function checkReadmeLinks(readmePath: string): void;
