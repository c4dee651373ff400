#!/usr/bin/env bash
# Gives the tag of the current @leaks/corpus version its GitHub release, with the data's release
# bundle (`leaks export --format release`) attached: the whole bundle as one archive, whose
# datapackage.json describes every file in it, and its single-file formats beside it. Run by
# scripts/release.sh after publishing; does nothing before the tag exists, and run again it
# replaces the assets (gh release upload --clobber), so a failed upload can be retried.
# Usage: bash scripts/release-bundle.sh [--dry-run]   (--dry-run: build the assets, print the
# gh commands instead of running them)
set -euo pipefail
cd "$(dirname "$0")/.."

dry_run=""
if [ "${1:-}" = "--dry-run" ]; then dry_run="echo"; fi

version="$(node -p 'require("./packages/corpus/package.json").version')"
tag="@leaks/corpus@$version"
if [ -z "$dry_run" ] && ! git rev-parse -q --verify "refs/tags/$tag" >/dev/null; then
  echo "release-bundle: no tag $tag yet: nothing to attach"
  exit 0
fi

work="$(mktemp -d)"
name="leaks-corpus-$version"
pnpm leaks export --format release --out-dir "$work/$name"
tar -czf "$work/$name.tar.gz" -C "$work" "$name"
assets=("$work/$name.tar.gz")
for file in leaks-corpus.json leaks-corpus.ndjson leaks-corpus.jsonld leaks-corpus.sqlite changes.json datapackage.json; do
  assets+=("$work/$name/$file")
done

# The release notes: this version's section of the data changelog.
notes="$work/notes.md"
awk -v heading="## $version " 'index($0, heading) == 1 { on = 1; next } /^## / { on = 0 } on' \
  packages/corpus/DATA-CHANGELOG.md >"$notes"
printf '\nThe data release bundle: %s.tar.gz (every format, with datapackage.json); the single-file formats are attached beside it.\n' "$name" >>"$notes"

if [ -n "$dry_run" ] || ! gh release view "$tag" >/dev/null 2>&1; then
  $dry_run gh release create "$tag" --title "$tag" --notes-file "$notes" --verify-tag
fi
$dry_run gh release upload "$tag" --clobber "${assets[@]}"
echo "release-bundle: ${#assets[@]} assets for $tag"
