#!/usr/bin/env bash
# Build the helm CLI the chart tests render helm/spanwatch with, from the Go module proxy (go install).
#   ${SPANWATCH_CACHE:-$HOME/.cache/spanwatch}/helm/<version>/helm
# Idempotent; prints the binary's path as its last line of stdout. Cold: a few minutes on two cores.
set -euo pipefail

version="v3.22.0"
cache="${SPANWATCH_CACHE:-$HOME/.cache/spanwatch}"
out="$cache/helm/$version"
bin="$out/helm"

if [[ -x "$bin" ]]; then
  echo "build_helm: up to date: $bin" >&2
  echo "$bin"
  exit 0
fi
if ! command -v go >/dev/null 2>&1; then
  if [[ -x /usr/local/go/bin/go ]]; then PATH="$PATH:/usr/local/go/bin"; else
    echo "build_helm: no 'go' on PATH" >&2; exit 1
  fi
fi
mkdir -p "$out"
exec 9>"$out/.lock"
flock 9
if [[ -x "$bin" ]]; then
  echo "build_helm: built by another process meanwhile: $bin" >&2
  echo "$bin"
  exit 0
fi
start=$(date +%s)
export GOTOOLCHAIN=local
export GOFLAGS="${GOFLAGS:+$GOFLAGS }-buildvcs=false"
# Build into a temporary GOBIN and move the binary in last, so a killed build never leaves a half binary.
tmp="$(mktemp -d "$out/.build.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
GOBIN="$tmp" go install "helm.sh/helm/v3/cmd/helm@$version" >&2
mv "$tmp/helm" "$bin"
echo "build_helm: built $bin in $(( $(date +%s) - start ))s" >&2
echo "$bin"
