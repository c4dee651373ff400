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
      title: "`validate_10k_peer_s`",
      text: `The peer, what a generic tool does with these files: \`node bench/scripts/validate-peer.mjs /tmp/c10k/data packages/schema/json-schema\` walks the data folder, reads every \`.yaml\` file, parses it with js-yaml 4 (core schema) and validates it with ajv (draft 2020-12, \`allErrors\`, ajv-formats for the schemas' \`date\` and \`uri\`, strict mode) against the JSON Schema that @leaks/schema generates for its folder (incidents/, claims/<incident>/, actors/, sources/), each schema compiled once; it counts the errors and exits 1 on any. No corpus rule, no location of a problem, no snapshot, one thread. It must find no error in the generated corpus. Timed and measured like \`leaks validate\` (whole process, peak resident set), in the same rounds: each round runs both, which one first alternating, so sample i of each is a pair.`,
    },
    {
      title: "`validate_10k_x_floor`, `validate_10k_x_peer`",
      text: "`validate_10k_s / parse_floor_10k_s` and `validate_10k_s / validate_10k_peer_s`: the medians of the same run divided. The spread divides each validation by the floor's median, and by the peer run of its own round.",
    },
    {
      title: "`revalidate_one_change_10k_s`",
      text: `Validate the ${big}-incident corpus once, then change one claim file and time \`leaks validate\` again: a contributor's edit-validate loop. Without a cache this is a full validation. Two edits of free text, each in its own timed run, in turn (another file each time): a claim's \`notes\` reworded (free text no corpus rule reads) and its \`statement\` reworded (free text the rules read for its hedges), with a prefix holding no hedge, possibility or fear word, so the corpus stays clean. Each is \`revalidate_notes_change_10k_s\` and \`revalidate_statement_change_10k_s\`; the figure is the slower of the two, as the target holds for any edit of free text.`,
    },
    {
      title: "`revalidate_rule_visible_change_10k_s`, `revalidate_rule_visible_x_cold`",
      text: "The same with an edit the corpus rules read: a claim's standing, reported and alleged swapped (impact-overstated, opinion-standing and corroborated-single-origin read it; neither standing breaks a rule here). The ratio divides it by `validate_10k_s` of the same run, both medians.",
    },
    {
      title: "`site_build_ms_per_page`",
      text: `In a copy of apps/dossier (its own build lock and \`out/\`; node_modules linked): \`LEAKS_CORPUS_JSON=/tmp/c${siteLarge}/site-corpus.json node scripts/prepare-downloads.mjs\` (untimed), then \`LEAKS_CORPUS_JSON=... node node_modules/next/dist/bin/next build\` (a static export, from clean) timed, at ${siteSmall} and ${siteLarge} incidents, the sizes alternating; (median at ${siteLarge} - median at ${siteSmall}) / ${siteLarge - siteSmall}. The fixed cost (compiling the app, type checking) cancels out; what remains is what each incident adds with its pages (incident, actors, sources, countries, years...). \`site-corpus.json\` is \`{ incidents, claims, actors, sources }\` of the generated records. The app's postbuild (a Content-Security-Policy per page and the pagefind index) is timed separately.`,
    },
    {
      title:
        "`dossier_js_kb_gzip`, `bare_page_js_kb_gzip`, `dossier_html_kb`, `dossier_screens_1280`, `dossier_print_pages`",
      text: "The site as published: a copy of apps/dossier built over the shipped corpus (`next build`, then the app's postbuild, which publishes every page but search without React). First-load JS: every `<script src>` of the exported HTML of the largest dossier (`incidents/2017-oval-office-disclosure/`) and of the about page (the bare page: the layout and prose), each file compressed with `gzip -9`, summed, in kB of 1000 bytes; `noModule` polyfills are not counted. The same dossier's `index.html` in kB of 1000 bytes, uncompressed; its `document.documentElement.scrollHeight` in Debian's Chromium at 1280x800 with every box closed, divided by 800; and the pages of `page.pdf({ format: 'A4' })` after `emulateMedia({ media: 'print' })`, the print stylesheet opening the evidence.",
    },
    {
      title: "`search_query_ms`",
      text: `The ${siteLarge}-incident export indexed by pagefind (the app's postbuild, \`node scripts/postbuild.mjs\`), served on localhost, opened in Debian's Chromium (headless, through playwright-core); in the page, \`await pagefind.search(q)\` (the ranked list of results) timed with \`performance.now()\` for each of many distinct queries after one warm-up query; the median. Queries are mostly specific words (found on a few pages, as names are), some common words, pairs and prefixes. \`search_with_results_ms\` also waits for the \`data()\` (title, excerpt) of the first five results, what a list of results shows.`,
    },
  ];
}
