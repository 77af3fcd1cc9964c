#!/usr/bin/env bash
# Makes sure the browser tests have a Chromium: CHROMIUM_PATH, or Debian's /usr/bin/chromium, installed when missing.
# Never downloads a browser build of its own: on this network only Debian's package can be had.
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ]; then
  echo "Chromium: ${CHROMIUM_PATH} (from CHROMIUM_PATH)"
  exit 0
fi
if [ -x /usr/bin/chromium ]; then
  echo "Chromium: /usr/bin/chromium"
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found: installing Debian's chromium package (about 20 s)..."
  # A new machine's package lists are empty: update first.
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  echo "Chromium: $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
  exit 0
fi
echo "No Chromium found and none can be installed here (needs root and apt-get)." >&2
echo "Install one (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium executable." >&2
echo "The browser tests will fail without it; they are never skipped." >&2
exit 0
