#!/usr/bin/env bash
# One command from a fresh checkout to a built site: system browser (for tests and PDFs), npm packages, the compiled
# playbook CLI (dist-cli/, which npm run playbook/search/validate/eval:search run) and the site with its snapshot.
set -euo pipefail
cd "$(dirname "$0")/.."

have_browser() {
  [ -n "${CHROME_PATH:-}" ] && [ -x "${CHROME_PATH}" ] && return 0
  for b in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable; do
    [ -x "$b" ] && return 0
  done
  return 1
}

if ! have_browser; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "setup: installing Debian's chromium (browser tests and PDF printing need it)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "setup: no Chromium found. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH." >&2
    exit 1
  fi
fi

npm ci --no-audit --no-fund
npm run build   # compiles the CLI first (npm run build:cli), then builds dist/
