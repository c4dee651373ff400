import type { MetadataRoute } from "next";
import { allPaths } from "@/lib/corpus";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  return allPaths()
    .filter((path) => path !== "/search/")
    .map((path) => ({ url: absoluteUrl(path) }));
}
