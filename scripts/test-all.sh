#!/usr/bin/env bash
# Installs everything a fresh Debian machine lacks, then runs every test: types, unit, build, end to end.
# This is the README's test command, and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
npm test
