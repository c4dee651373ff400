/** The types of bundle-size.mjs, for the bench's TypeScript. */
export interface BundleOf {
  readonly bytes: number;
  readonly gzipBytes: number;
  /** The package's own modules that put code into the bundle, as paths inside it. */
  readonly modules: readonly string[];
}

export function bundleOf(
  esbuild: unknown,
  packageDir: string,
  source: string,
  options?: { readonly withZod?: boolean },
): Promise<BundleOf>;

export const SCHEMA_IMPORTS: { readonly claim: string; readonly whole: string };
