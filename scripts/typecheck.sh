#!/usr/bin/env bash
# mypy --strict over the installed layout: the repo's folders map into one import root (setuptools package-dir),
# which mypy cannot follow through an editable install's import hook, so check a throw-away install of it.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
case "$PY" in /*) ;; *) PY="$PWD/$PY" ;; esac
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
"$PY" -m pip install --quiet --no-deps --no-build-isolation --target "$tree" . 2>/dev/null
# Report paths relative to the repo: spanwatch/x.py -> sidecar/x.py etc.
(cd "$tree" && MYPYPATH="$tree" "$PY" -m mypy --config-file "$OLDPWD/pyproject.toml" -p spanwatch) \
  | sed -e 's#^spanwatch/processors/#processors/#' -e 's#^spanwatch/exporters/#exporters/#' \
        -e 's#^spanwatch/defaults/#config/#' -e 's#^spanwatch/#sidecar/#'
exit "${PIPESTATUS[0]}"
