#!/usr/bin/env bash
# Fetch the real Elasticsearch that tests start as a peer (see elasticsearch/pom.xml for which distribution and
# why), with Maven from Maven Central. The zip is cached in ~/.m2 like any Maven artifact; the unpacked node goes to
#   ${SPANWATCH_CACHE:-$HOME/.cache/spanwatch}/elasticsearch/<version>/elasticsearch-<version>/
# Idempotent: it does nothing when that directory is complete. Prints the node's home as its last line of stdout.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
pom="$here/elasticsearch/pom.xml"
cache="${SPANWATCH_CACHE:-$HOME/.cache/spanwatch}"

version="$(sed -n 's|.*<elasticsearch.version>\(.*\)</elasticsearch.version>.*|\1|p' "$pom" | head -n1)"
[[ -n "$version" ]] || { echo "build_elasticsearch: no elasticsearch.version in $pom" >&2; exit 1; }

out="$cache/elasticsearch/$version"
home="$out/elasticsearch-$version"
# Written last, so a half-unpacked directory from an interrupted run is never taken as ready.
done_marker="$out/.complete"

if [[ -f "$done_marker" && -x "$home/bin/elasticsearch" ]]; then
  echo "build_elasticsearch: up to date: $home" >&2
  echo "$home"
  exit 0
fi

command -v mvn >/dev/null 2>&1 || { echo "build_elasticsearch: no 'mvn' on PATH" >&2; exit 1; }
command -v java >/dev/null 2>&1 || { echo "build_elasticsearch: no 'java' on PATH" >&2; exit 1; }

mkdir -p "$out"
exec 9>"$out/.lock"
flock 9
if [[ -f "$done_marker" && -x "$home/bin/elasticsearch" ]]; then
  echo "build_elasticsearch: fetched by another process meanwhile: $home" >&2
  echo "$home"
  exit 0
fi

start=$(date +%s)
rm -rf "$home" "$out/maven-target"
echo "build_elasticsearch: fetching Elasticsearch $version with Maven" >&2
mvn -B -q -Dstyle.color=never -f "$pom" -Des.unpackDir="$out" dependency:unpack >&2
rm -rf "$out/maven-target"
# The zip does not keep the executable bits of its launch scripts.
chmod +x "$home"/bin/*
touch "$done_marker"
echo "build_elasticsearch: ready in $(( $(date +%s) - start ))s: $home" >&2
echo "$home"
