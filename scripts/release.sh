#!/usr/bin/env bash
# Called by .github/workflows/release.yml on main. With pending changesets: version the
# packages, record the data's release in its history (which the data changelog and the site's
# feeds are written from), and open or update the "Version packages" pull request.
# Without: publish whatever versions are not on npm yet, then give the @leaks/corpus tag its
# GitHub release with the release bundle attached.
set -euo pipefail
cd "$(dirname "$0")/.."

branch="changeset-release/main"
if compgen -G ".changeset/*.md" >/dev/null && ls .changeset/*.md | grep -qv README.md; then
  git config user.name "github-actions[bot]"
  git config user.email "41898282+github-actions[bot]@users.noreply.github.com"
  pnpm changeset version
  # CITATION.cff cites the data: its version and date-released follow @leaks/corpus.
  node scripts/citation.mjs
  # The release's entry in packages/corpus/history/ is the release bundle's changes.json (the
  # comparison with the previous @leaks/corpus tag) with today's date; DATA-CHANGELOG.md is
  # written from the history. It refuses a minor or patch bump that removed records.
  bundle="$(mktemp -d)"
  pnpm turbo run build --filter @leaks/corpus
  pnpm leaks export --format release --out-dir "$bundle"
  node scripts/data-changelog.mjs --changes "$bundle/changes.json"
  pnpm install --lockfile-only
  git checkout -B "$branch"
  git add -A
  git commit -m "Version packages"
  git push --force origin "$branch"
  if ! gh pr view "$branch" >/dev/null 2>&1; then
    gh pr create --base main --head "$branch" --title "Version packages" \
      --body "Versions and changelogs from the pending changesets. Merging this publishes to npm."
  fi
else
  pnpm turbo run build --filter "./packages/*"
  pnpm changeset publish
  git push --follow-tags
  bash scripts/release-bundle.sh
fi
