import type { ReactNode } from "react";
import { safeHttpUrl } from "@/lib/safe-url";

/** A link off the site: http(s) only, and the page it opens gets no handle on this one. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const url = safeHttpUrl(href);
  if (url === undefined) return <>{children}</>;
  return (
    <a href={url} rel="noopener noreferrer external" className="external">
      {children}
    </a>
  );
}
