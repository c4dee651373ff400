import { join } from "node:path";
import type { DuckDBAppender, DuckDBInstance } from "@duckdb/node-api";
import { importOptional } from "./optional-module.js";
import type { Cell, Column, ColumnType, Table } from "./tables.js";

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const DUCKDB_TYPES: Record<ColumnType, string> = {
  text: "VARCHAR",
  integer: "BIGINT",
  number: "DOUBLE",
  boolean: "BOOLEAN",
};

function append(appender: DuckDBAppender, column: Column, cell: Cell): void {
  if (cell === null) appender.appendNull();
  else if (column.type === "integer") appender.appendBigInt(BigInt(cell as number));
  else if (column.type === "number") appender.appendDouble(cell as number);
  else if (column.type === "boolean") appender.appendBoolean(cell as boolean);
  else appender.appendVarchar(String(cell));
}

/** Writes each table as `<dir>/<table>.parquet` with DuckDB; returns the files written. */
export async function writeParquet(dir: string, tables: readonly Table[]): Promise<string[]> {
  const duckdb = await importOptional<{ DuckDBInstance: typeof DuckDBInstance }>(
    "@duckdb/node-api",
    "^1.5.6-r.1",
    "The Parquet files of --format release",
  );
  const instance = await duckdb.DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const files: string[] = [];
  try {
    for (const table of tables) {
      const columns = table.columns.map(
        (column) =>
          `${quote(column.name)} ${DUCKDB_TYPES[column.type]}${column.required ? " NOT NULL" : ""}`,
      );
      await connection.run(`CREATE TABLE ${quote(table.name)} (${columns.join(", ")})`);
      const appender = await connection.createAppender(table.name);
      for (const row of table.rows) {
        for (const [i, column] of table.columns.entries()) append(appender, column, row[i] ?? null);
        appender.endRow();
      }
      appender.closeSync();
      const file = join(dir, `${table.name}.parquet`);
      await connection.run(
        `COPY ${quote(table.name)} TO '${file.replace(/'/g, "''")}' (FORMAT parquet, COMPRESSION zstd)`,
      );
      files.push(file);
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return files;
}
