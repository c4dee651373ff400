import { SITE_NAME } from "@/lib/site";

/** Plain links and a GET form: the header works the same with or without JavaScript. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a className="site-name" href="/">
          {SITE_NAME}
        </a>
        <nav aria-label="Site">
          <ul className="site-nav">
            <li>
              <a href="/">Incidents</a>
            </li>
            <li>
              <a href="/actors/">Actors</a>
            </li>
            <li>
              <a href="/sources/">Sources</a>
            </li>
            <li>
              <a href="/relationships/">Relationships</a>
            </li>
            <li>
              <a href="/about/">Method</a>
            </li>
            <li>
              <a href="/data/">Data</a>
            </li>
          </ul>
        </nav>
        <SearchForm id="site-search" />
      </div>
    </header>
  );
}

export function SearchForm({ id, defaultValue }: { id: string; defaultValue?: string }) {
  return (
    <search>
      <form className="search-form" action="/search/" method="get">
        <label htmlFor={id} className="sr-only">
          Search the dossier
        </label>
        <input
          id={id}
          name="q"
          type="search"
          placeholder="Search incidents, people, sources"
          autoComplete="off"
          {...(defaultValue === undefined ? {} : { defaultValue })}
        />
        <button type="submit">Search</button>
      </form>
    </search>
  );
}
