#!/usr/bin/env bash
# JSON reading against plain Jackson, each Jackson line in JVMs of its own, several JVMs one after
# another (the ratio moves by about ±0.1 from one JVM to the next on a shared 2-core machine, with the
# JIT's inlining decisions): prints each JVM's line of InterleavedJsonRead and the median of the JVMs'
# medians for every pair.
#
# usage: benchmarks/json-read.sh [plan] [JVMs] [write|bytes]     e.g. benchmarks/json-read.sh seed 7
#        plan: seed (default) or a number of measures such as 10000; JVMs: 5 by default;
#        write: compare the writers (acplan's against plain Jackson's) instead of the readers
#        bytes: compare the readers of UTF-8 bytes from a stream instead of those of a String
# Builds nothing: run benchmarks/run.sh (or the Maven command in benchmarks/README.md) first.
set -euo pipefail
cd "$(dirname "$0")/.."
plan="${1:-seed}"
jvms="${2:-5}"
what="${3:-read}"
jar=benchmarks/target/benchmarks.jar
[[ -f "$jar" ]] || { echo "no $jar: build it first (benchmarks/README.md)" >&2; exit 1; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for i in $(seq 1 "$jvms"); do
  for line in jackson2 jackson3; do
    java -Xms2g -Xmx2g -XX:+AlwaysPreTouch -cp "$jar" \
      io.github.acplan.benchmarks.formats.InterleavedJsonRead "$plan" "$line" "$what" | tail -n +2 | tee -a "$out"
  done
done
echo "median of $jvms JVMs' medians, plan $plan:"
awk -F': ' '{split($2, a, " "); r[$1] = r[$1] " " a[1]} END {for (p in r) print p, r[p]}' "$out" \
  | while read -r first slash second rest; do
      median=$(echo "$rest" | tr ' ' '\n' | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')
      echo "  $first / $second: $median  (JVMs:$rest)"
    done | sort
