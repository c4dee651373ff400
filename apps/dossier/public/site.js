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
 * @param {number} n
 * @param {string} one
 * @param {string} [many]
 */
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

/** Removes what an earlier choice of day added. */
function clearAsOfNotes() {
  for (const note of document.querySelectorAll(".as-of-note")) note.remove();
  for (const element of document.querySelectorAll("[data-later]"))
    element.removeAttribute("data-later");
  for (const element of document.querySelectorAll("[data-undated-shown]"))
    element.removeAttribute("data-undated-shown");
}

/**
 * @param {string} text
 * @param {string} className
 * @param {string} tag
 */
function asOfNote(text, className, tag = "span") {
  const note = document.createElement(tag);
  note.className = `as-of-note ${className}`;
  note.textContent = text;
  return note;
}

/**
 * The standing chart redrawn over the claims shown: each segment as wide as its share, the key's
 * numbers and the chart's title with them.
 * @param {Map<string, number>} byGroup claims shown, by standing group
 * @param {string} when "" for the whole dossier, else " as known on <day>"
 */
function redrawStanding(byGroup, when) {
  const figure = document.querySelector("figure[data-chart='standing']");
  const svg = figure?.querySelector("svg");
  if (!figure || !(svg instanceof SVGSVGElement)) return;
  const width = svg.viewBox.baseVal.width;
  const total = [...byGroup.values()].reduce((a, b) => a + b, 0);
  let x = 0;
  for (const rect of svg.querySelectorAll("rect[data-group]")) {
    if (!(rect instanceof SVGRectElement)) continue;
    const n = byGroup.get(rect.dataset.group ?? "") ?? 0;
    const w = total === 0 ? 0 : (n / total) * width;
    rect.setAttribute("x", String(x));
    rect.setAttribute("width", String(w));
    x += w;
  }
  const words = [];
  for (const strong of figure.querySelectorAll("strong[data-group]")) {
    if (!(strong instanceof HTMLElement)) continue;
    strong.textContent = String(byGroup.get(strong.dataset.group ?? "") ?? 0);
    words.push((strong.parentElement?.textContent ?? "").replace(/\s+/g, " ").trim());
  }
  const title = svg.querySelector("title");
  if (title)
    title.textContent = `Claims by standing${when}: ${plural(total, "claim")}, ${words.join(", ")}.`;
}

/**
 * "As known on": the dossier as its sources had it by the chosen day. A claim no source had
 * published by then (its card's `data-known-from`, the last day its earliest source may have
 * appeared, is later) is hidden; a claim with no dated source stays, said to be undated. What
 * rests on claims (`data-rests-on`: summary sentences, timeline events and marks, impacts)
 * counts as later when every claim it rests on is; contested sides stay, said to be later; the
 * counts and the standing chart follow. The page as served shows everything.
 * @param {HTMLElement} control
 */
function enableAsOf(control) {
  const input = control.querySelector("input[type='date']");
  const reset = control.querySelector("button[data-reset]");
  const status = control.querySelector("[role='status']");
  const steps = [...control.querySelectorAll("button[data-day]")];
  if (!(input instanceof HTMLInputElement) || !(reset instanceof HTMLButtonElement)) return;
  const cards = [...document.querySelectorAll("article.claim[data-claim]")].filter(
    (card) => card instanceof HTMLElement,
  );

  const apply = () => {
    const day = input.value;
    const active = DAY.test(day);
    const label = active ? dayLabel(day) : "";
    clearAsOfNotes();
    /** @type {Map<string, "known" | "undated" | "later">} */
    const state = new Map();
    /** @type {Map<string, number>} */
    const byGroup = new Map();
    let undated = 0;
    let later = 0;
    for (const card of cards) {
      const known = card.dataset.knownFrom ?? "";
      const claimState = !active
        ? "known"
        : known === ""
          ? "undated"
          : known <= day
            ? "known"
            : "later";
      state.set(card.dataset.claim ?? "", claimState);
      card.hidden = claimState === "later";
      if (claimState === "later") later += 1;
      else {
        const group = card.closest("[data-claim-group]");
        const key = group instanceof HTMLElement ? (group.dataset.claimGroup ?? "") : "";
        byGroup.set(key, (byGroup.get(key) ?? 0) + 1);
      }
      if (claimState === "undated") {
        undated += 1;
        card.setAttribute("data-undated-shown", "");
      }
    }
    const isLater = (/** @type {string} */ id) => state.get(id) === "later";

    let laterParts = 0;
    for (const element of document.querySelectorAll("[data-rests-on]")) {
      const ids = (element.getAttribute("data-rests-on") ?? "").split(" ").filter(Boolean);
      if (!active || ids.length === 0 || !ids.every(isLater)) continue;
      element.setAttribute("data-later", "");
      if (element.matches(".summary__sentence"))
        element.append(asOfNote(` (not yet reported on ${label})`, "sr-only"));
      else if (element.tagName === "LI") laterParts += 1;
    }

    let pairsShown = 0;
    for (const pair of document.querySelectorAll(".contested--contested .contested__pair")) {
      let whole = true;
      for (const side of pair.querySelectorAll(".contested__side[data-claim]")) {
        if (!(side instanceof HTMLElement) || !isLater(side.dataset.claim ?? "")) continue;
        whole = false;
        side.setAttribute("data-later", "");
        side.prepend(asOfNote(`Not yet published on ${label}`, "as-of-later", "p"));
      }
      if (whole) pairsShown += 1;
    }

    for (const count of document.querySelectorAll("[data-as-of-count]")) {
      if (!(count instanceof HTMLElement)) continue;
      const total = Number(count.dataset.total ?? 0);
      count.dataset.served ??= count.textContent ?? "";
      if (!active) count.textContent = count.dataset.served;
      else if (count.dataset.asOfCount === "claims")
        count.textContent = `${cards.length - later} of ${plural(total, "claim")}`;
      else
        count.textContent = `${pairsShown} of ${plural(total, "contested pair")} with both sides published`;
    }
    for (const count of document.querySelectorAll("[data-group-count]")) {
      if (!(count instanceof HTMLElement)) continue;
      count.dataset.served ??= count.textContent ?? "";
      const group = count.dataset.groupCount ?? "";
      const total = count.dataset.served.replace(/\D/g, "");
      count.textContent = active
        ? `(${byGroup.get(group) ?? 0} of ${total})`
        : count.dataset.served;
    }
    redrawStanding(byGroup, active ? ` as known on ${label}` : "");

    for (const note of document.querySelectorAll("[data-empty-when-hidden]")) {
      if (!(note instanceof HTMLElement)) continue;
      const group = note.closest("[data-claim-group]");
      note.hidden = !active || group?.querySelector("article.claim:not([hidden])") !== null;
    }
    reset.disabled = !active;
    for (const step of steps)
      if (step instanceof HTMLElement)
        step.setAttribute("aria-pressed", String(active && step.dataset.day === day));
    if (status)
      status.textContent = active
        ? [
            `As known on ${label}: ${plural(cards.length - later - undated, "claim")} a source had published`,
            undated > 0 ? `, ${undated} undated (shown, marked undated)` : "",
            `; ${later} published later ${later === 1 ? "is" : "are"} hidden`,
            laterParts > 0
              ? `, with ${plural(laterParts, "event or impact", "events and impacts")} resting only on them`
              : "",
            ".",
          ].join("")
        : `Showing all ${plural(cards.length, "claim")}.`;
    const url = new URL(window.location.href);
    if (active) url.searchParams.set(AS_OF_PARAM, day);
    else url.searchParams.delete(AS_OF_PARAM);
    window.history.replaceState(window.history.state, "", url);
  };

  const fromUrl = new URLSearchParams(window.location.search).get(AS_OF_PARAM) ?? "";
  if (DAY.test(fromUrl)) input.value = fromUrl;
  input.addEventListener("change", apply);
  input.addEventListener("input", apply);
  for (const step of steps)
    step.addEventListener("click", () => {
      if (!(step instanceof HTMLElement)) return;
      input.value = step.dataset.day ?? "";
      apply();
    });
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
