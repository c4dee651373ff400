/** A native module that only `leaks export --format release` needs, absent from a plain install. */
export class MissingModuleError extends Error {
  override readonly name = "MissingModuleError";
}

/**
 * Imports an optional peer dependency, or says what to install: the data and the other
 * formats must not pay for native modules they never load.
 */
export async function importOptional<T>(name: string, range: string, purpose: string): Promise<T> {
  try {
    return (await import(name)) as T;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND")
      throw new MissingModuleError(
        `${purpose} needs the optional package ${name}: npm install ${name}@"${range}"`,
      );
    throw error;
  }
}
