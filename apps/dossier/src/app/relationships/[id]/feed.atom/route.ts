import { listRelationships } from "@/lib/corpus";
import { atomResponse, relationshipFeed } from "@/lib/feeds";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return listRelationships().map((r) => ({ id: r.id }));
}

/** The Atom feed of the changes to the impacts on one relationship and their claims. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return atomResponse(relationshipFeed((await params).id));
}
