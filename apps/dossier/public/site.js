// @ts-check
// The site's only script on every page but search. Pages are static HTML that work without it;
// it adds what needs the reader's browser: the reader's day in citations, copy buttons, the
// "As known on" control of a dossier, and opening the evidence of a claim a link leads to. It looks for the markup the server rendered
// (data-access-date, data-copy-target, data-as-of) and does nothing on pages without it.

/** The reader's own day, YYYY-MM-DD, in their time zone. */
function today() {
  const now = new Date();
  const pad = (/** @type {number} */ n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Citations: the access date placeholder becomes the reader's day. */
function fillAccessDates() {
  for (const pre of document.querySelectorAll("pre[data-access-date='placeholder']")) {
    if (!(pre instanceof HTMLElement)) continue;
    const placeholder = pre.dataset.placeholder;
    if (!placeholder) continue;
    pre.textContent = (pre.textContent ?? "").replaceAll(placeholder, today());
    pre.dataset.accessDate = "filled";
  }
}

/** Copy buttons: shown where the Clipboard API is (https or localhost), copying their target. */
function enableCopyButtons() {
  if (navigator.clipboard === undefined) return;
  for (const button of document.querySelectorAll("button[data-copy-target]")) {
    if (!(button instanceof HTMLButtonElement)) continue;
    const label = button.querySelector("[data-copy-label]");
    const live = button.querySelector("[aria-live]");
    const idle = label?.textContent ?? "";
    button.hidden = false;
    button.addEventListener("click", async () => {
      const target = document.getElementById(button.dataset.copyTarget ?? "");
      await navigator.clipboard.writeText(target?.textContent ?? "");
      if (label) label.textContent = "Copied";
      if (live) live.textContent = " to the clipboard";
      window.setTimeout(() => {
        if (label) label.textContent = idle;
        if (live) live.textContent = "";
      }, 2000);
    });
  }
}

const AS_OF_PARAM = "as-of";
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** @param {string} day YYYY-MM-DD */
function dayLabel(day) {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

/**
 * "As known on": hides what no source had published by the chosen day. Each element it hides
 * carries `data-known-from` (the last day its earliest source may have appeared; empty when
 * undated). The page as served shows everything; this only ever hides.
 * @param {HTMLElement} control
 */
function enableAsOf(control) {
  const input = control.querySelector("input[type='date']");
  const reset = control.querySelector("button");
  const status = control.querySelector("[role='status']");
  if (!(input instanceof HTMLInputElement) || !(reset instanceof HTMLButtonElement)) return;

  const apply = () => {
    const day = input.value;
    const active = DAY.test(day);
    let shown = 0;
    const counted = new Set();
    for (const element of document.querySelectorAll("[data-known-from]")) {
      if (!(element instanceof HTMLElement)) continue;
      const known = element.dataset.knownFrom ?? "";
      const visible = !active || (known !== "" && known <= day);
      element.hidden = !visible;
      const claim = element.dataset.claim ?? "";
      if (claim !== "" && !counted.has(claim)) {
        counted.add(claim);
        if (visible) shown += 1;
      }
    }
    for (const note of document.querySelectorAll("[data-empty-when-hidden]")) {
      if (!(note instanceof HTMLElement)) continue;
      const group = note.closest("[data-claim-group]");
      note.hidden = !active || group?.querySelector("[data-known-from]:not([hidden])") !== null;
    }
    reset.disabled = !active;
    if (status)
      status.textContent = active
        ? `Showing ${shown} of ${counted.size} claims: those a source had published by ${dayLabel(day)}.`
        : `Showing all ${counted.size} claims.`;
    const url = new URL(window.location.href);
    if (active) url.searchParams.set(AS_OF_PARAM, day);
    else url.searchParams.delete(AS_OF_PARAM);
    window.history.replaceState(window.history.state, "", url);
  };

  const fromUrl = new URLSearchParams(window.location.search).get(AS_OF_PARAM) ?? "";
  if (DAY.test(fromUrl)) input.value = fromUrl;
  input.addEventListener("change", apply);
  input.addEventListener("input", apply);
  reset.addEventListener("click", () => {
    input.value = "";
    apply();
  });
  control.hidden = false;
  apply();
}

/**
 * A link to a claim, or to anything inside its evidence (a quote), opens that evidence: the
 * browser scrolls to the target, and a closed box would hide it.
 */
function openLinkedEvidence() {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const found = id === "" ? null : document.getElementById(id);
  // The anchor of a claim's old id stands for the claim it is kept in.
  const target = found?.hasAttribute("data-former-anchor") ? found.parentElement : found;
  if (target === null || target === undefined) return;
  const own = target.querySelector(":scope > details.claim__evidence");
  if (own instanceof HTMLDetailsElement) own.open = true;
  for (let at = target.parentElement; at !== null; at = at.parentElement)
    if (at instanceof HTMLDetailsElement) at.open = true;
}

fillAccessDates();
openLinkedEvidence();
window.addEventListener("hashchange", openLinkedEvidence);
enableCopyButtons();
for (const control of document.querySelectorAll("[data-as-of]"))
  if (control instanceof HTMLElement) enableAsOf(control);
