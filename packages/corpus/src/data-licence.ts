/**
 * The licences of what the package ships: the data under CC BY 4.0, the code under MIT.
 * build-data writes `DATA_LICENSE.spdx` into meta.json; the release bundle names both.
 */
export const DATA_LICENSE = {
  spdx: "CC-BY-4.0",
  title: "Creative Commons Attribution 4.0 International",
  path: "https://creativecommons.org/licenses/by/4.0/",
  file: "LICENSE-DATA.md",
} as const;

export const CODE_LICENSE = {
  spdx: "MIT",
  title: "MIT License",
  path: "https://opensource.org/license/mit",
  file: "LICENSE",
} as const;

/** What the licences leave out: quotes and archived texts remain their publishers'. */
export const THIRD_PARTY_TEXT =
  "Quotes in the data and the archived texts (archive/) remain their publishers' and are included for citation; see LICENSE-DATA.md.";
