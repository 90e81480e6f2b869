#!/usr/bin/env bash
# Set up and start Alliance Monitor on http://localhost:8501
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m tools.serve run app.py "$@"
