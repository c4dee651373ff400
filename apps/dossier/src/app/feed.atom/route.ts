import { atomResponse, siteFeed } from "@/lib/feeds";

export const dynamic = "force-static";

/** The Atom feed of every change to the data, release by release (written at build time). */
export function GET() {
  return atomResponse(siteFeed());
}
