#!/usr/bin/env bash
# Sets Blattwerk up on a fresh Debian/Ubuntu machine and builds the sample issue:
#   - installs the system tools the checks and tests use (Chromium for pa11y/axe,
#     poppler-utils for reading PDFs back), when they are missing;
#   - installs the npm packages (never downloading a browser) and compiles;
#   - builds every issue under issues/ into output/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PUPPETEER_SKIP_DOWNLOAD=true DEBIAN_FRONTEND=noninteractive

missing=()
command -v chromium >/dev/null 2>&1 || [ -n "${CHROME_PATH:-}" ] || missing+=(chromium)
command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing ${missing[*]} (Debian packages) …"
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
npm run build
