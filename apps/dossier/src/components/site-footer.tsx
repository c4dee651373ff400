export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        Every statement here comes from a published source with a verbatim quote. Reporting,
        denials, opinion and speculation are kept apart and attributed.{" "}
        <a href="/about/">How the dossier is made</a> ·{" "}
        <a href="/about/#contribute">Correct or add a record</a> ·{" "}
        <a href="/data/">Download the data</a>
      </p>
    </footer>
  );
}
