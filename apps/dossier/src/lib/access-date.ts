/**
 * Stands in a citation for the day the reader accessed the page, which only the reader's
 * browser knows: the cite box replaces it with that day once scripts run, and without scripts
 * it stays, for the reader to fill in. (A module of its own: the browser's code imports it, and
 * must not pull in the data with the rest of the citation code.)
 */
export const ACCESS_DATE_PLACEHOLDER = "YYYY-MM-DD";
