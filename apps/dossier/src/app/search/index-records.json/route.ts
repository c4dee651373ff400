import { searchRecords } from "@/lib/search-index";

export const dynamic = "force-static";

/** The claims and actor names the postbuild indexes for search; it removes this file after. */
export function GET() {
  return Response.json(searchRecords());
}
