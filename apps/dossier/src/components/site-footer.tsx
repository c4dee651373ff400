import { meta } from "@leaks/corpus";
import { dayLabel } from "@/lib/dates";

export function SiteFooter() {
  // The data's version (the @leaks/corpus release), its licence and the day it last changed.
  const { version, license, updated } = meta;
  return (
    <footer className="site-footer">
      <p>
        Every statement here comes from a published source with a verbatim quote. Reporting,
        denials, opinion and speculation are kept apart and attributed.{" "}
        <a href="/about/">How the dossier is made</a> ·{" "}
        <a href="/about/#contribute">Correct or add a record</a> ·{" "}
        <a href="/data/">Download the data</a> ·{" "}
        <a href="/feed.atom" type="application/atom+xml">
          Follow its changes (Atom)
        </a>
      </p>
      <p className="site-footer__release" data-release={version}>
        Data version <span className="site-footer__version">{version}</span>
        {updated === undefined ? (
          ""
        ) : (
          <>
            , last changed <time dateTime={updated}>{dayLabel(updated)}</time>
          </>
        )}{" "}
        · Licence: {license}
      </p>
    </footer>
  );
}
