export interface HistoryRecord {
  kind: "incident" | "claim" | "actor" | "source";
  id: string;
  incidents: string[];
  relationships: string[];
  fields?: string[];
  retracted?: true;
}
/** One release in packages/corpus/history/<version>.json: its changes.json with the day. */
export interface HistoryEntry {
  version: string;
  date: string;
  since?: string | null;
  note?: string;
  added: HistoryRecord[];
  changed: (HistoryRecord & { fields: string[] })[];
  removed: HistoryRecord[];
}
interface Changes {
  note?: string;
  added: readonly { kind: string; id: string }[];
  changed: readonly { kind: string; id: string; fields: readonly string[]; retracted?: boolean }[];
  removed: readonly { kind: string; id: string }[];
}
export const HISTORY_DIR: string;
export const CHANGELOG: string;
export function renderSection(version: string, date: string, diff: Changes | object): string;
export function refusedBump(
  previous: string | undefined,
  version: string,
  diff: Changes,
): string | undefined;
export function compareVersions(a: string, b: string): number;
/** Every release in a history folder, newest first; a bad file throws naming it and the fix. */
export function readHistory(dir?: string): HistoryEntry[];
export function renderChangelog(entries: readonly HistoryEntry[]): string;
export function historyEntry(
  changes: object,
  release: { version: string; date: string },
): HistoryEntry;
