import { recordFilePath } from "@leaks/corpus/loader";
import type { RecordKind } from "@leaks/schema";

export const paths = {
  incident: (id: string) => `/incidents/${id}/`,
  claim: (incidentId: string, claimId: string) => `/incidents/${incidentId}/#claim-${claimId}`,
  actor: (id: string) => `/actors/${id}/`,
  source: (id: string) => `/sources/${id}/`,
  archive: (sourceId: string) => `/sources/${sourceId}/archive/`,
  relationship: (id: string) => `/relationships/${id}/`,
  year: (year: number | string) => `/years/${year}/`,
  country: (code: string) => `/countries/${code.toLowerCase()}/`,
  kind: (kind: string) => `/kinds/${kind}/`,
} as const;

/** Where a record's file lives in the repository, for "edit this record". */
export function recordPath(kind: RecordKind, id: string, incidentId?: string): string {
  return `packages/corpus/data/${recordFilePath(kind, id, incidentId ?? "")}`;
}
