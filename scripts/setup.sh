#!/usr/bin/env bash
# One command from a fresh checkout to a built site: system browser (for tests and PDFs), npm packages, the compiled
# playbook CLI (dist-cli/, which npm run playbook/search/validate/eval:search run) and the site with its snapshot.
set -euo pipefail
cd "$(dirname "$0")/.."

have_browser() {
  [ -n "${CHROME_PATH:-}" ] && [ -x "${CHROME_PATH}" ] && return 0
  for b in /usr/bin/chromium-headless-shell /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome \
    /usr/bin/google-chrome-stable; do
    [ -x "$b" ] && return 0
  done
  return 1
}

can_apt() { command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; }

# Debian's chromium-headless-shell is the same Chromium built for headless use only; tests and PDF printing start it
# first because it needs about half the CPU of the full browser. The full chromium comes along as the fallback.
install_browsers() {
  apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-headless-shell >/dev/null
}
if [ -z "${CHROME_PATH:-}" ] && [ ! -x /usr/bin/chromium-headless-shell ] && can_apt; then
  echo "setup: installing Debian's chromium and chromium-headless-shell (browser tests and PDF printing use them)"
  # A machine that already has a browser keeps working with it when apt cannot reach its mirror.
  install_browsers || have_browser || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

if ! have_browser; then
  echo "setup: no Chromium found. Install one (Debian/Ubuntu: sudo apt-get install -y chromium chromium-headless-shell) or set CHROME_PATH." >&2
  exit 1
fi

npm ci --no-audit --no-fund
npm run build   # compiles the CLI first (npm run build:cli), then builds dist/
