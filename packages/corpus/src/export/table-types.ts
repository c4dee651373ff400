/** The shape of the relational tables the release bundle writes (SQLite, Parquet). */

export type ColumnType = "text" | "integer" | "number" | "boolean";
export type Cell = string | number | boolean | null;

export interface Column {
  readonly name: string;
  readonly type: ColumnType;
  readonly description?: string;
  readonly required: boolean;
}

export interface ForeignKey {
  readonly columns: readonly string[];
  readonly table: string;
  readonly references: readonly string[];
}

export interface Table {
  readonly name: string;
  readonly description: string;
  readonly columns: readonly Column[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKey[];
  readonly rows: readonly (readonly Cell[])[];
}
