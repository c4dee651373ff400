/** How each figure is made and reproduced, for BENCHMARKS.md. */
export function methods(scale: {
  big: number;
  mid: number;
  siteSmall: number;
  siteLarge: number;
}): { title: string; text: string }[] {
  const { big, mid, siteSmall, siteLarge } = scale;
  return [
    {
      title: "`parse_floor_10k_s`",
      text: `\`node bench/scripts/parse-floor.mjs /tmp/c10k/json /tmp/c10k/archive\`: one process reads every record file of the ${big}-incident corpus written as JSON and \`JSON.parse\`s it, and reads every snapshot as text (a validator must read them to check quotes). Synchronous reads, one thread: the least any validator of these files can cost.`,
    },
    {
      title: "`yaml_floor_10k_s`",
      text: `\`node bench/scripts/yaml-floor.mjs /tmp/c10k/data /tmp/c10k/archive\`: the same, reading the YAML tree and parsing each file with js-yaml 4 (core schema), no validation: what choosing YAML costs before any check.`,
    },
    {
      title: "`validate_1k_s`, `validate_10k_s`, `validate_10k_peak_mib`",
      text: `\`/usr/bin/time -v node packages/corpus/bin/leaks.js --data /tmp/c10k/data --no-color validate\` (${mid} and ${big} incidents), from the repository root after \`pnpm build\` (the harness runs a copy of the built CLI and schema in \`bench/.cli\`, so that a rebuild by anyone during the run cannot change the code measured or void the validator's cache): the wall time of the whole process, its peak resident set ("Maximum resident set size"), any cache removed first. The run must exit 0 and report no problem, warnings included (the harness adds \`--format json\` to count them): the corpus is valid by construction.`,
    },
    {
      title: "`validate_10k_x_floor`",
      text: "`validate_10k_s / parse_floor_10k_s`, both medians.",
    },
    {
      title: "`revalidate_one_change_10k_s`",
      text: `Validate the ${big}-incident corpus once, then reword the \`notes\` of one claim file (another file each round; free text no corpus rule reads, where a statement is read for its hedges) and time \`leaks validate\` again: a contributor's edit-validate loop. Without a cache this is a full validation. \`revalidate_rule_visible_change_10k_s\` does the same with an edit the corpus rules read (a claim's standing, reported and alleged swapped).`,
    },
    {
      title: "`site_build_ms_per_page`",
      text: `In a copy of apps/dossier (its own build lock and \`out/\`; node_modules linked): \`LEAKS_CORPUS_JSON=/tmp/c${siteLarge}/site-corpus.json node scripts/prepare-downloads.mjs\` (untimed), then \`LEAKS_CORPUS_JSON=... node node_modules/next/dist/bin/next build\` (a static export, from clean) timed, at ${siteSmall} and ${siteLarge} incidents, the sizes alternating; (median at ${siteLarge} - median at ${siteSmall}) / ${siteLarge - siteSmall}. The fixed cost (compiling the app, type checking) cancels out; what remains is what each incident adds with its pages (incident, actors, sources, countries, years...). \`site-corpus.json\` is \`{ incidents, claims, actors, sources }\` of the generated records. The app's postbuild (a Content-Security-Policy per page and the pagefind index) is timed separately.`,
    },
    {
      title: "`dossier_js_kb_gzip`, `bare_page_js_kb_gzip`",
      text: "Every `<script src>` of the exported HTML of an incident page (`incidents/<id>/index.html`) and of the site's 404 page (`404.html`, the app's emptiest page: the root layout and nothing else) at the larger size, each file compressed with `gzip -9 -c <file> | wc -c`, summed, in kB of 1000 bytes. Inline scripts (the page's own data) are not counted, nor `noModule` polyfills, which browsers with ES modules never load.",
    },
    {
      title: "`search_query_ms`",
      text: `The ${siteLarge}-incident export indexed by pagefind (the app's postbuild, \`node scripts/postbuild.mjs\`), served on localhost, opened in Debian's Chromium (headless, through playwright-core); in the page, \`await pagefind.search(q)\` (the ranked list of results) timed with \`performance.now()\` for each of many distinct queries after one warm-up query; the median. Queries are mostly specific words (found on a few pages, as names are), some common words, pairs and prefixes. \`search_with_results_ms\` also waits for the \`data()\` (title, excerpt) of the first five results, what a list of results shows.`,
    },
  ];
}
