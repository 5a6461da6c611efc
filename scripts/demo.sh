#!/usr/bin/env bash
# The main job on a fresh machine: install, build the extension, open Chromium with it on sample articles
# (headless where there is no display), save screenshots to artifacts/ and print what the popup shows.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
# Fonts for Chinese and Vietnamese text in the screenshots (the demo only; tests do not need them).
if ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq fonts-noto-cjk >/dev/null || echo "note: fonts-noto-cjk not installed; Chinese text may show as boxes" >&2
fi
npx wxt build >/dev/null
npx tsx scripts/demo.ts "$@"
