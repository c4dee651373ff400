import { defineRule, type Finding } from "./rule.js";

export const sourceUnlocatableRule = defineRule({
  code: "source-unlocatable",
  severity: "error",
  description:
    "A source a reader could not find again: no URL, no archived copy (an archive URL, or a snapshot kept in the repository with its hash), and not a publisher with a title, description or published date.",
  *check(corpus): Generator<Finding> {
    for (const source of corpus.sources) {
      if (source.url !== undefined) continue;
      // An archived copy locates the document even when its publisher is unknown.
      const archive = source.archive;
      if (
        archive?.url !== undefined ||
        (archive?.snapshot !== undefined && archive.sha256 !== undefined)
      )
        continue;
      const named =
        source.title !== undefined ||
        source.description !== undefined ||
        source.published !== undefined;
      if (source.publisher !== undefined && named) continue;
      yield {
        recordKind: "source",
        recordId: source.id,
        path: source.publisher === undefined ? ["publisher"] : ["title"],
        message:
          source.publisher === undefined
            ? `source "${source.id}" has no url and no publisher`
            : `source "${source.id}" has no url, and only its publisher "${source.publisher}" to find it by`,
        hint: "add the url where it is really known (never a guessed one), or an archived copy; otherwise the publisher and the title and published date as printed",
      };
    }
  },
});
