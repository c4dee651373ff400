/** The types of what the bench uses of package-check.mjs. */
/** Packs the package at `packageRoot` with pnpm (which rewrites `workspace:*`); returns the tarball. */
export function pack(packageRoot: string, workDir: string): string;
/** Installs a consumer project's dependencies with plain npm, as a developer outside the repository would. */
export function npmInstall(consumer: string): void;
