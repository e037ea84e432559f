#!/usr/bin/env bash
# The separate environment bench/compare_guards.py drives Presidio and LLM Guard in. Kept apart from the dev venv
# because llm-guard pins presidio, regex and transformers versions that would clash with ours, and because it
# pulls torch, which the comparison does not need. Idempotent: re-running only checks the pins.
#
#   bash bench/setup_compare.sh            # then: python bench/compare_guards.py
#
# What goes in, and why:
# * presidio-analyzer (+ spaCy). No spaCy model: the official en_core_web_* packages are not on the package index
#   this project can reach, so compare_guards.py runs Presidio with a blank English spaCy pipeline, i.e. its
#   pattern/checksum/context recognizers only (its NER-only types PERSON, LOCATION, DATE_TIME, NRP find nothing).
#   If a model is installed here by other means, pass --spacy-model to compare_guards.py.
# * llm-guard with --no-deps, plus only what its Secrets scanner module imports: bc-detect-secrets (the
#   detect-secrets fork llm-guard pins), presidio-anonymizer (TextReplaceBuilder) and structlog. The scanner's
#   package __init__ imports every scanner (torch, transformers); compare_guards.py loads the secrets module
#   itself without that __init__, so the code that runs is LLM Guard's unmodified Secrets class.
set -euo pipefail

CACHE=${SPANWATCH_CACHE:-$HOME/.cache/spanwatch}
ENV_DIR="$CACHE/bench-compare"
PYTHON=${PYTHON:-python3}

PRESIDIO_VERSION=2.2.366
LLM_GUARD_VERSION=0.3.16
# The version llm-guard 0.3.16 pins; the fork adds plugins the upstream detect-secrets lacks.
BC_DETECT_SECRETS_VERSION=1.5.43

if [ ! -x "$ENV_DIR/bin/python" ]; then
  mkdir -p "$CACHE"
  "$PYTHON" -m venv "$ENV_DIR"
  "$ENV_DIR/bin/python" -m pip install --quiet --upgrade pip
fi
PIP=("$ENV_DIR/bin/python" -m pip)

# Both distributions install the module detect_secrets; keep only the fork llm-guard uses.
if "${PIP[@]}" show detect-secrets >/dev/null 2>&1; then
  "${PIP[@]}" uninstall --quiet --yes detect-secrets
fi
"${PIP[@]}" install --quiet \
  "presidio-analyzer==$PRESIDIO_VERSION" \
  "presidio-anonymizer==$PRESIDIO_VERSION" \
  "bc-detect-secrets==$BC_DETECT_SECRETS_VERSION" \
  "structlog>=24" \
  "spacy-lookups-data==1.0.5"
# --no-deps: its declared requirements include torch and transformers, which the Secrets scanner never imports.
# pip's resolver then warns that llm-guard's pins (presidio 2.2.358, regex) are unmet; the Secrets module uses
# only presidio-anonymizer's TextReplaceBuilder (redaction, not detection); not checked against 2.2.358.
"${PIP[@]}" install --quiet --no-deps "llm-guard==$LLM_GUARD_VERSION" 2>&1 | grep -v "requires\|dependency resolver" || true

"$ENV_DIR/bin/python" - <<'EOF'
import importlib.metadata as md
for name in ("presidio-analyzer", "spacy", "llm-guard", "bc-detect-secrets"):
    print(f"{name} {md.version(name)}")
try:
    import torch  # noqa: F401
    print("note: torch is importable here (not needed)")
except ImportError:
    pass
EOF
echo "bench environment ready: $ENV_DIR"
