import type BetterSqlite3 from "better-sqlite3";
import { importOptional } from "./optional-module.js";
import type { ColumnType, Table } from "./tables.js";

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const SQL_TYPES: Record<ColumnType, string> = {
  text: "TEXT",
  integer: "INTEGER",
  number: "REAL",
  boolean: "INTEGER",
};

/** CREATE TABLE for one table, with its description kept as a comment in sqlite_master. */
export function createTableSql(table: Table): string {
  const lines = table.columns.map(
    (column) =>
      `  ${quote(column.name)} ${SQL_TYPES[column.type]}${column.required ? " NOT NULL" : ""}`,
  );
  lines.push(`  PRIMARY KEY (${table.primaryKey.map(quote).join(", ")})`);
  for (const fk of table.foreignKeys)
    lines.push(
      `  FOREIGN KEY (${fk.columns.map(quote).join(", ")}) REFERENCES ${quote(fk.table)} (${fk.references.map(quote).join(", ")})`,
    );
  const comment = table.description.replace(/\s+/g, " ");
  return `CREATE TABLE ${quote(table.name)} ( -- ${comment}\n${lines.join(",\n")}\n)`;
}

/** Full-text indexes, named as Datasette and sqlite-utils look for them (`<table>_fts`). */
export const FTS_TABLES = [
  { table: "claims", column: "statement" },
  { table: "claim_appearances", column: "quote" },
] as const;

/**
 * Writes the tables to a new SQLite database: foreign keys declared and checked, a full-text
 * index (FTS5) over claim statements and appearance quotes, and the `about` key-value table.
 */
export async function writeSqlite(
  file: string,
  tables: readonly Table[],
  about: Readonly<Record<string, string>>,
): Promise<void> {
  const { default: Database } = await importOptional<{ default: typeof BetterSqlite3 }>(
    "better-sqlite3",
    "^12.11.1",
    "The SQLite database of --format release",
  );
  const db = new Database(file);
  try {
    db.pragma("journal_mode = DELETE");
    // Tables are filled in kind order, before the tables they point to: checked once, below.
    db.pragma("foreign_keys = OFF");
    db.exec(
      'CREATE TABLE "about" ( -- What this database is: the release, its licences, its source\n  "key" TEXT NOT NULL PRIMARY KEY,\n  "value" TEXT NOT NULL\n)',
    );
    for (const table of tables) db.exec(createTableSql(table));
    db.transaction(() => {
      const insertAbout = db.prepare('INSERT INTO "about" ("key", "value") VALUES (?, ?)');
      for (const [key, value] of Object.entries(about)) insertAbout.run(key, value);
      for (const table of tables) {
        const insert = db.prepare(
          `INSERT INTO ${quote(table.name)} VALUES (${table.columns.map(() => "?").join(", ")})`,
        );
        for (const row of table.rows)
          insert.run(...row.map((cell) => (typeof cell === "boolean" ? Number(cell) : cell)));
      }
    })();
    for (const { table, column } of FTS_TABLES) {
      const fts = quote(`${table}_fts`);
      db.exec(
        `CREATE VIRTUAL TABLE ${fts} USING fts5(${quote(column)}, content=${quote(table)}, content_rowid='rowid')`,
      );
      db.exec(`INSERT INTO ${fts} (${fts}) VALUES ('rebuild')`);
    }
    const broken = db.pragma("foreign_key_check") as unknown[];
    if (broken.length > 0)
      throw new Error(
        `the database breaks ${broken.length} foreign keys: ${JSON.stringify(broken[0])}`,
      );
    db.exec("VACUUM");
  } finally {
    db.close();
  }
}
