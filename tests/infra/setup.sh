#!/usr/bin/env bash
# Build or fetch every real peer the tests start; idempotent, so the test command runs it before each pytest.
#   - the OpenTelemetry Collector (build_otelcol.sh: ocb from the Go module proxy; minutes when cold)
#   - Elasticsearch 8.14 (build_elasticsearch.sh: a zip from Maven Central; seconds)
#   - the helm CLI (build_helm.sh: go install from the Go module proxy; minutes when cold) for the chart tests
# Everything lands in ${SPANWATCH_CACHE:-$HOME/.cache/spanwatch}. Exits non-zero if a peer cannot be had, unless
# SPANWATCH_ALLOW_SKIP_PEERS=1, in which case it warns and the peer tests skip themselves.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
failed=0

run() {
  local name="$1" script="$2" start rc path
  start=$(date +%s)
  path="$(bash "$here/$script")"
  rc=$?
  if [[ $rc -eq 0 ]]; then
    echo "setup: $name ready in $(( $(date +%s) - start ))s: ${path##*$'\n'}"
  else
    echo "setup: $name FAILED (exit $rc) after $(( $(date +%s) - start ))s" >&2
    failed=1
  fi
}

total=$(date +%s)
# One after the other, not in parallel: the machine has two cores, and the Go build wants both.
run "otelcol" build_otelcol.sh
run "elasticsearch" build_elasticsearch.sh
run "helm" build_helm.sh
echo "setup: peers done in $(( $(date +%s) - total ))s"

if [[ $failed -ne 0 ]]; then
  if [[ "${SPANWATCH_ALLOW_SKIP_PEERS:-}" == "1" ]]; then
    echo "setup: SPANWATCH_ALLOW_SKIP_PEERS=1: tests that need a missing peer will skip" >&2
    exit 0
  fi
  exit 1
fi
