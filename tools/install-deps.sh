#!/usr/bin/env bash
# Installs everything newsfacts needs to build, test and run, from Debian's packages.
# Used by the README's first command and by .ci/run. Safe to run again.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config python3
  libicu-dev libre2-dev libsqlitecpp-dev libsqlite3-dev sqlite3 libpugixml-dev catch2
  libxxhash-dev libgumbo-dev
  iso-codes libgeonames-dev wamerican
  chromium  # the report test opens a page in headless Chromium
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
