export default function NotFound() {
  return (
    <article className="prose-page">
      <header className="page-header">
        <h1>Page not found</h1>
      </header>
      <p>
        No page here. Start from the <a href="/">list of incidents</a> or{" "}
        <a href="/search/">search the dossier</a>.
      </p>
    </article>
  );
}
