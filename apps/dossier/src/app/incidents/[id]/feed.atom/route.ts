import { incidentIds } from "@/lib/corpus";
import { atomResponse, incidentFeed } from "@/lib/feeds";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return incidentIds().map((id) => ({ id }));
}

/** The Atom feed of the changes to one incident and the records of its dossier. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return atomResponse(incidentFeed((await params).id));
}
