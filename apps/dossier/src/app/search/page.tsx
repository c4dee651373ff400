import type { Metadata } from "next";
import { SearchResults } from "./_components/search-results";

export const metadata: Metadata = {
  title: "Search",
  description: "Search the dossier: incidents, claims, actors and sources.",
  alternates: { canonical: "/search/" },
  robots: { index: false, follow: true },
};

export default function SearchPage() {
  return (
    // The one page whose content is a client component: it is published with React.
    <article className="prose-page" data-needs-react>
      <header className="page-header">
        <h1>Search</h1>
      </header>
      <SearchResults />
      <noscript>
        <p>
          Search runs in the browser and needs JavaScript. Without it, browse the{" "}
          <a href="/">incidents</a> by year, country or kind, or the{" "}
          <a href="/relationships/">relationships</a>.
        </p>
      </noscript>
    </article>
  );
}
