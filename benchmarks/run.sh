#!/usr/bin/env bash
# Builds benchmarks/target/benchmarks.jar and runs the benchmarks briefly (a few minutes on 2 cores),
# then prints the results with ratios (ours vs each peer, ours vs the floor) and the correctness report.
#
#   benchmarks/run.sh                 # everything
#   benchmarks/run.sh 'Calendar.*'    # only benchmarks matching a JMH regex
#
# Environment: MVN_ARGS (default "-o": offline, dependencies already downloaded; set to "" to download),
# JMH_ARGS (default: one fork, 3 warm-up and 4 measured iterations of 1 s each).
set -euo pipefail
cd "$(dirname "$0")/.."
MVN_ARGS=${MVN_ARGS--o}
JMH_ARGS=${JMH_ARGS:--f 1 -wi 3 -w 1s -i 4 -r 1s}
mkdir -p benchmarks/results
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cpus: $(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "jdk: $(java -version 2>&1 | head -1)"
  echo "load before: $(uptime | sed 's/.*load average/load average/')"
} | tee benchmarks/results/machine.txt
# shellcheck disable=SC2086
mvn -B -ntp -q $MVN_ARGS package -pl benchmarks -am -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
# shellcheck disable=SC2086
java -jar benchmarks/target/benchmarks.jar $JMH_ARGS -rf json -rff benchmarks/results/jmh.json "$@" \
  | tee benchmarks/results/jmh.txt
echo
echo "load after: $(uptime | sed 's/.*load average/load average/')" | tee -a benchmarks/results/machine.txt
python3 benchmarks/report.py benchmarks/results/jmh.json | tee benchmarks/results/table.md
if [ $# -eq 0 ]; then
  echo
  java -cp benchmarks/target/benchmarks.jar io.github.acplan.benchmarks.calendar.CorrectnessReport \
    | tee benchmarks/results/correctness.md
fi
