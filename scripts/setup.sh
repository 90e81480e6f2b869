#!/usr/bin/env bash
# Set up everything the app needs (with --dev: and its tests; with --replicas: nginx) on Debian with python3.
# Safe to run again: it only installs what is missing or changed.
set -euo pipefail
cd "$(dirname "$0")/.."

# Installed from the lock files (every transitive dependency pinned, made from requirements*.txt
# by pip-compile; see README), so a fresh machine gets the versions CI tested.
requirements=requirements.lock
packages=()
python3 -c "import ensurepip, venv" 2>/dev/null || packages+=(python3-venv)
# The app's handouts and view exports are printed by headless Chromium; the browser tests drive it.
[[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]] || packages+=(chromium)
if [[ "${1:-}" == "--dev" ]]; then requirements=requirements-dev.lock; fi
# Replicas run behind nginx (scripts/serve.sh); the tests start two of them.
if [[ "${1:-}" == "--dev" || "${1:-}" == "--replicas" ]]; then
  command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || packages+=(nginx-light)
fi

if ((${#packages[@]})); then
  echo "Installing Debian packages: ${packages[*]}"
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${packages[@]}" >/dev/null
fi

[[ -x .venv/bin/python ]] || python3 -m venv .venv
stamp=.venv/.installed-$(cat "$requirements" | sha256sum | cut -c1-16)
if [[ ! -f "$stamp" ]]; then
  echo "Installing Python packages from $requirements"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$requirements"
  touch "$stamp"
fi

if [[ "${1:-}" == "--dev" ]]; then
  # The browser tests' accessibility check runs axe-core, fetched once from npm.
  .venv/bin/python -m tools.fetch_axe >/dev/null
fi
