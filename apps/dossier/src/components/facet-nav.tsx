import type { Facet, Facets } from "@/lib/corpus";

function FacetGroup({
  label,
  facets,
  current,
}: {
  label: string;
  facets: readonly Facet[];
  current?: string;
}) {
  return (
    <div className="facet-group">
      <h3 className="facet-group__label">{label}</h3>
      <ul className="facet-list">
        {facets.map((facet) => (
          <li key={facet.value}>
            <a
              href={facet.href}
              {...(facet.href === current ? { "aria-current": "page" as const } : {})}
            >
              {facet.label} <span className="facet-count">({facet.count})</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Filters as links to pre-rendered pages: they work without JavaScript. */
export function FacetNav({ facets, current }: { facets: Facets; current?: string }) {
  return (
    <nav className="facets" aria-label="Filter incidents">
      <h2 className="facets__title">Filter</h2>
      <p className="facets__all">
        <a href="/" {...(current === "/" ? { "aria-current": "page" as const } : {})}>
          All incidents
        </a>
      </p>
      <FacetGroup
        label="Year"
        facets={facets.years}
        {...(current === undefined ? {} : { current })}
      />
      <FacetGroup
        label="Country"
        facets={facets.countries}
        {...(current === undefined ? {} : { current })}
      />
      <FacetGroup
        label="Kind of leak"
        facets={facets.kinds}
        {...(current === undefined ? {} : { current })}
      />
    </nav>
  );
}
