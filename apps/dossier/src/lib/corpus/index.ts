// The one part of the site that reads the corpus. Everything else receives typed views.
export type { DateView } from "../dates";
export type * from "../views";
export { type ActorPage, getActor } from "./actor-view";
export { allPaths } from "./all-paths";
export { getDossier, incidentRecords } from "./dossier-view";
export { incidentIds, listIncidents } from "./incidents";
export {
  type ActorListing,
  actorIds,
  corpusCounts,
  type Facet,
  type Facets,
  facets,
  incidentsInCountry,
  incidentsInYear,
  incidentsOfKind,
  leakKindLabel,
  listActors,
  listSources,
  recordLink,
  sourceIds,
} from "./listings";
export { CorpusError, parseCorpusJson } from "./read";
export { shortLabel } from "./refs";
export { getRelationship, listRelationships, type RelationshipPage } from "./relationship-view";
export { paths, recordPath } from "./routes";
export {
  getSource,
  type SnapshotRecord,
  type SourcePage,
  snapshotRecord,
  snapshotSourceIds,
} from "./source-view";
