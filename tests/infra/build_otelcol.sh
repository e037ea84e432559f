#!/usr/bin/env bash
# Build the OpenTelemetry Collector that tests start as a real peer, with the collector builder (ocb) from the
# Go module proxy. Everything goes under the cache, nothing under the repo:
#   ${SPANWATCH_CACHE:-$HOME/.cache/spanwatch}/otelcol/<version>/otelcol-spanwatch   the binary
#   .../otelcol/<version>/build/                                                   ocb's generated sources
#   .../ocb/<version>/builder                                                      ocb itself
# Idempotent: it does nothing when the binary exists and was built from the current builder-config.yaml.
# Prints the binary's path as its last line of stdout.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
manifest="$here/otelcol/builder-config.yaml"
cache="${SPANWATCH_CACHE:-$HOME/.cache/spanwatch}"

if ! command -v go >/dev/null 2>&1; then
  # The machine's Go lives outside the default PATH of non-login shells.
  if [[ -x /usr/local/go/bin/go ]]; then PATH="$PATH:/usr/local/go/bin"; else
    echo "build_otelcol: no 'go' on PATH" >&2; exit 1
  fi
fi

# dist.version in the manifest names the release of every pinned module; ocb is taken at the same release.
version="$(sed -n 's/^  version: *\([0-9][0-9.]*\).*/\1/p' "$manifest" | head -n1)"
[[ -n "$version" ]] || { echo "build_otelcol: no dist.version in $manifest" >&2; exit 1; }

out="$cache/otelcol/$version"
bin="$out/otelcol-spanwatch"
stamp="$out/builder-config.sha256"
want="$(sha256sum "$manifest" | cut -d' ' -f1)"

if [[ -x "$bin" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  echo "build_otelcol: up to date: $bin" >&2
  echo "$bin"
  exit 0
fi

mkdir -p "$out"
# Two sessions (or pytest workers) may build at once; the second waits and then finds the binary ready.
exec 9>"$out/.lock"
flock 9
if [[ -x "$bin" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  echo "build_otelcol: built by another process meanwhile: $bin" >&2
  echo "$bin"
  exit 0
fi

start=$(date +%s)
# Never switch to a toolchain other than the machine's own; a module that needs a newer Go should fail here.
export GOTOOLCHAIN=local
export GOFLAGS="${GOFLAGS:+$GOFLAGS }-buildvcs=false"

ocb_dir="$cache/ocb/$version"
if [[ ! -x "$ocb_dir/builder" ]]; then
  echo "build_otelcol: installing ocb v$version into $ocb_dir" >&2
  GOBIN="$ocb_dir" go install "go.opentelemetry.io/collector/cmd/builder@v$version"
fi

# ocb takes the output directory from the manifest only, so build from a copy that names the cache directory.
build_dir="$out/build"
rm -rf "$build_dir"
mkdir -p "$build_dir"
sed "s|^dist:\$|dist:\n  output_path: $build_dir|" "$manifest" >"$out/builder-config.yaml"

echo "build_otelcol: building otelcol-spanwatch v$version (a cold build takes minutes)" >&2
# -s -w: no symbol tables; the binary is only run, never debugged, and linking gets faster.
"$ocb_dir/builder" --config "$out/builder-config.yaml" --ldflags="-s -w" >&2

install -m 0755 "$build_dir/otelcol-spanwatch" "$bin.tmp"
mv -f "$bin.tmp" "$bin"
echo "$want" >"$stamp"
echo "build_otelcol: built $bin in $(( $(date +%s) - start ))s" >&2
echo "$bin"
