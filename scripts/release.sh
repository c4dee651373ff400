#!/usr/bin/env bash
# Called by .github/workflows/release.yml on main. With pending changesets: version the
# packages, write the data changelog, and open or update the "Version packages" pull request.
# Without: publish whatever versions are not on npm yet.
set -euo pipefail
cd "$(dirname "$0")/.."

branch="changeset-release/main"
if compgen -G ".changeset/*.md" >/dev/null && ls .changeset/*.md | grep -qv README.md; then
  git config user.name "github-actions[bot]"
  git config user.email "41898282+github-actions[bot]@users.noreply.github.com"
  last_tag="$(git describe --tags --match '@leaks/corpus@*' --abbrev=0 2>/dev/null || git rev-list --max-parents=0 HEAD | tail -n 1)"
  pnpm changeset version
  # CITATION.cff cites the data: its version and date-released follow @leaks/corpus.
  node scripts/citation.mjs
  node scripts/data-changelog.mjs "$last_tag" packages/corpus/DATA-CHANGELOG.md
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
fi
