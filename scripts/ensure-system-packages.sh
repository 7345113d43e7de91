#!/usr/bin/env bash
# Installs the Debian packages the project needs beyond Python, when they are missing:
#   chromium         - headless browser for the Playwright journeys (make test)
#   fonts-wqy-zenhei - TrueType CJK font embedded in certificate PDFs
#   fonts-hanazono   - fallback TrueType font for rarer characters in them (CJK Extension B)
#   gettext          - makemessages/compilemessages for translators
# Usage: scripts/ensure-system-packages.sh PACKAGE...
set -euo pipefail

missing=()
for package in "$@"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages: ${missing[*]}"
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages with sudo: ${missing[*]}"
  sudo apt-get update -q >/dev/null
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Missing system packages: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
