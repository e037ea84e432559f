#!/usr/bin/env bash
# Separate environment for bench/bench_compare.py: Presidio's analyzer and detect-secrets (the engine behind
# LLM Guard's Secrets scanner), kept out of spanwatch's own dependencies.
#
#   bash bench/setup_compare.sh [VENV]   # default ~/.cache/spanwatch-compare-venv
#
# No spaCy model is installed: the official models are not on PyPI (only third-party re-uploads), so Presidio
# runs with its pattern recognizers on a blank spaCy pipeline; its NER-based PERSON/LOCATION are therefore
# absent from its numbers. LLM Guard itself pulls in torch/transformers at import, so its Secrets scanner is
# measured through the same detect-secrets plugins it configures.
set -euo pipefail
VENV=${1:-$HOME/.cache/spanwatch-compare-venv}
python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet --upgrade pip
"$VENV/bin/pip" install --quiet presidio-analyzer detect-secrets
"$VENV/bin/pip" install --quiet --no-deps llm-guard || true
echo "$VENV"
