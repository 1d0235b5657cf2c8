#!/usr/bin/env bash
# Astro's declarations for tsc (.astro/types.d.ts, content.d.ts): they declare astro:content and the ?raw and
# import.meta.env types, and name the collections; nothing in them comes from the entries. `npm run build` writes
# them as `astro sync` does, so sync (about 8 CPU-s: it loads and renders the whole library) runs here only when they
# are missing or older than a file that shapes them: the collections, the Astro config and the installed packages.
set -euo pipefail
cd "$(dirname "$0")/.."
stale=0
[ -f .astro/types.d.ts ] && [ -f .astro/content.d.ts ] || stale=1
for input in src/content.config.ts astro.config.mjs package-lock.json; do
  [ "$input" -nt .astro/content.d.ts ] && stale=1
done
if [ "$stale" = 1 ]; then ASTRO_TELEMETRY_DISABLED=1 npx --no-install astro sync >/dev/null; fi
