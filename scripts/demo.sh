#!/usr/bin/env bash
# The main job on a fresh machine: install, build the extension, open Chromium with it on sample articles
# (headless where there is no display), save screenshots to artifacts/ and print what the popup shows.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
npx wxt build >/dev/null
npx tsx scripts/demo.ts "$@"
