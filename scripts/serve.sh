#!/usr/bin/env bash
# Set up and start Alliance Monitor as several replicas behind nginx, on http://localhost:8501:
#   bash scripts/serve.sh --replicas 2 [--address 0.0.0.0] [--port 8501] [streamlit options]
# (README, "Several replicas"; tools/replicas.py).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --replicas
exec .venv/bin/python -m tools.replicas "$@"
