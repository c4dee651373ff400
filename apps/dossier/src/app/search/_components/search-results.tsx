"use client";

import { type FormEvent, useEffect, useId, useState } from "react";

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface Pagefind {
  init(): Promise<void>;
  search(term: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

interface Hit {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly type?: string;
  /** A claim's result: where it stands, and the dossier it is in. */
  readonly claim?: ClaimHit;
  readonly excerpt: readonly ExcerptPart[];
}

interface ClaimHit {
  /** The standing as the claim's badge says it (src/lib/labels.ts). */
  readonly standing: string;
  /** The badge's colour: the claim's group on its dossier, when it is one the site knows. */
  readonly group?: (typeof GROUPS)[number];
  readonly incident: string;
  readonly incidentUrl: string;
}

const GROUPS = ["established", "reported", "contested", "denied", "opinion"] as const;

/** A claim's record (scripts/search-index.mjs): url `/incidents/<id>/#claim-<claim>`. */
function claimHit(data: PagefindResultData): ClaimHit | undefined {
  const { standing, incident, group } = data.meta;
  if (data.meta.type !== "Claim" || standing === undefined || incident === undefined) return;
  const known = GROUPS.find((g) => g === group);
  return {
    standing,
    ...(known === undefined ? {} : { group: known }),
    incident,
    incidentUrl: data.url.split("#")[0] ?? data.url,
  };
}

interface ExcerptPart {
  readonly text: string;
  readonly marked: boolean;
  /** Where the part starts in Pagefind's excerpt: unique within it, so a stable key. */
  readonly at: number;
}

const MAX_RESULTS = 20;
const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  "#39": "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+|#39);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X"))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Pagefind marks matches with `<mark>`; everything else is shown as text, never as markup. */
function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  let at = 0;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === "<mark>") marked = true;
    else if (piece === "</mark>") marked = false;
    else if (piece !== "") parts.push({ text: decodeEntities(piece), marked, at });
    at += piece.length;
  }
  return parts;
}

let loading: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // Built after the site by pagefind, so the bundler must leave this import to the browser.
  const url = "/pagefind/pagefind.js";
  loading ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url).then(
    async (module: Pagefind) => {
      await module.init();
      return module;
    },
  );
  return loading;
}

export function SearchResults() {
  const inputId = useId();
  const [term, setTerm] = useState("");
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<readonly Hit[] | undefined>(undefined);
  const [error, setError] = useState("");

  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get("q") ?? "";
    setTerm(q);
    setQuery(q);
  }, []);

  useEffect(() => {
    if (query.trim() === "") {
      setHits(undefined);
      return;
    }
    let current = true;
    loadPagefind()
      .then((pagefind) => pagefind.search(query))
      .then((search) =>
        Promise.all(
          search.results
            .slice(0, MAX_RESULTS)
            .map((r) => r.data().then((data) => ({ id: r.id, data }))),
        ),
      )
      .then((results) => {
        if (!current) return;
        setError("");
        setHits(
          results
            .filter(({ data }) => data.url.startsWith("/"))
            .map(({ id, data }) => {
              const claim = claimHit(data);
              return {
                id,
                url: data.url,
                title: data.meta.title ?? data.url,
                ...(data.meta.type === undefined ? {} : { type: data.meta.type }),
                ...(claim === undefined ? {} : { claim }),
                excerpt: excerptParts(data.excerpt),
              };
            }),
        );
      })
      .catch(() => {
        if (current) setError("Search is not available: the search index was not found.");
      });
    return () => {
      current = false;
    };
  }, [query]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setQuery(term);
    const url = new URL(window.location.href);
    url.searchParams.set("q", term);
    window.history.replaceState(window.history.state, "", url);
  }

  return (
    <div className="search-page">
      <search>
        <form
          className="search-form search-form--large"
          action="/search/"
          method="get"
          onSubmit={submit}
        >
          <label htmlFor={inputId}>Search incidents, claims, actors and sources</label>
          <div className="search-form__row">
            <input
              id={inputId}
              name="q"
              type="search"
              value={term}
              onChange={(e) => setTerm(e.currentTarget.value)}
            />
            <button type="submit">Search</button>
          </div>
        </form>
      </search>
      <div role="status" className="search-status">
        {error !== ""
          ? error
          : hits === undefined
            ? ""
            : hits.length === 0
              ? `No results for “${query}”.`
              : `${hits.length} ${hits.length === 1 ? "result" : "results"} for “${query}”.`}
      </div>
      {hits && hits.length > 0 && (
        <ol className="search-results">
          {hits.map((hit) => (
            <li key={hit.id}>
              <p className="search-results__title">
                {hit.type && <span className="eyebrow">{hit.type} · </span>}
                {hit.claim && (
                  <>
                    <span
                      className={
                        hit.claim.group ? `standing standing--${hit.claim.group}` : "standing"
                      }
                    >
                      {hit.claim.standing}
                    </span>{" "}
                  </>
                )}
                <a href={hit.url}>{hit.title}</a>
              </p>
              {hit.claim ? (
                // A claim's excerpt would repeat its statement, and end in the other spellings of
                // names it is indexed with: the dossier it is in says more.
                <p className="search-results__in">
                  In <a href={hit.claim.incidentUrl}>{hit.claim.incident}</a>
                </p>
              ) : (
                <p className="search-results__excerpt">
                  {hit.excerpt.map((part) =>
                    part.marked ? (
                      <mark key={part.at}>{part.text}</mark>
                    ) : (
                      <span key={part.at}>{part.text}</span>
                    ),
                  )}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
