#!/usr/bin/env bash
# Set up and run every test: lint, types, the data package, unit, page (AppTest) and browser (headless Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
.venv/bin/frictionless validate data/datapackage.json
.venv/bin/python -m pytest "$@"
