import { incidentIds } from "./incidents";
import { actorIds, facets, sourceIds } from "./listings";
import { listRelationships } from "./relationship-view";
import { paths } from "./routes";
import { snapshotSourceIds } from "./source-view";

/** Every page of the site, for the sitemap. */
export function allPaths(): string[] {
  return [
    "/",
    "/about/",
    "/data/",
    "/search/",
    "/relationships/",
    "/actors/",
    "/sources/",
    ...incidentIds().map(paths.incident),
    ...incidentIds().map((id) => `${paths.incident(id)}relays/`),
    ...actorIds().map(paths.actor),
    ...sourceIds().map(paths.source),
    ...snapshotSourceIds().map(paths.archive),
    ...listRelationships().map((r) => r.href),
    ...facets().years.map((f) => f.href),
    ...facets().countries.map((f) => f.href),
    ...facets().kinds.map((f) => f.href),
  ];
}
