#!/usr/bin/env bash
# Installs what Parallax needs on a fresh Debian machine: Chromium (and Firefox ESR) from Debian, then npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."
export npm_config_loglevel=error npm_config_fund=false npm_config_audit=false
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/firefox-esr ] || need+=(firefox-esr)
if ((${#need[@]})); then
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
if [ ! -d ../shared/seeds ]; then
  echo "warning: ../shared is missing beside the project; the tests that need it will fail." >&2
fi
npm ci
