import { incidentIds, incidentRecords } from "@/lib/corpus";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return incidentIds().map((id) => ({ id }));
}

/** The validated records behind a dossier, as shipped by `@leaks/corpus`. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const records = incidentRecords((await params).id);
  if (!records) return new Response("Not found", { status: 404 });
  return Response.json(records);
}
