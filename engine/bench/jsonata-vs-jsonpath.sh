#!/usr/bin/env bash
# What JSONata costs the interpreter against JSONPath: the counter loop of shared/bench/workflows/loop.asl.json and
# its JSONata twin (engine/src/test/resources/bench/loop-jsonata.asl.json), timed by JMH in one run so that their
# ratio holds on a busy machine. The target is JSONata within 2x of JSONPath. See README.md in this folder.
#
# Settings (environment): STATEWISE_SHARED (default ../shared next to the repository), STATEWISE_TARGET (build
# folder, default target-jbench), JMH_ARGS (default: the benchmark's own, 2 forks x (6 x 1 s warm-up, 5 x 1 s)).
set -euo pipefail
export LC_ALL=C

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="$(cd "${STATEWISE_SHARED:-$repo/../shared}" && pwd)"
target="${STATEWISE_TARGET:-target-jbench}"
jmh_args="${JMH_ARGS:-}"
out="$repo/engine/$target/bench"
mkdir -p "$out"
echo "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs"

echo "Building the benchmark (mvn test-compile into engine/$target) ..."
(cd "$repo" && mvn -q -B -Dstatewise.target="$target" -pl engine test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt")
classpath="$repo/engine/$target/test-classes:$repo/engine/$target/classes:$(cat "$out/classpath.txt")"
echo "Running JMH (${jmh_args:-settings of the benchmark class}) ..."
# shellcheck disable=SC2086
java -Duser.language=en -Duser.country=US -Dstatewise.shared="$shared" -cp "$classpath" \
  org.openjdk.jmh.Main JsonataBenchmark $jmh_args -rf csv -rff "$out/jsonata-jmh.csv" >"$out/jsonata-jmh.log"

# "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit"; column 5 is the score, 6 its error.
score() {
  awk -F, -v b="$1" -v c="${2:-5}" '{ gsub(/["\r]/, "") } $1 ~ "\\." b "$" { print $c }' "$out/jsonata-jmh.csv"
}
path="$(score loopJsonPath)"
jsonata="$(score loopJsonata)"
if [ -z "$path" ] || [ -z "$jsonata" ]; then
  echo "JsonataBenchmark gave no result (a wrong output fails its set-up); see $out/jsonata-jmh.log" >&2
  exit 1
fi

echo
echo "Counter loop (20,002 states entered), time per state transition in a warm process, same run:"
awk -v p="$path" -v pe="$(score loopJsonPath 6)" -v j="$jsonata" -v je="$(score loopJsonata 6)" 'BEGIN {
  printf "  JSONPath %8.3f +/- %.3f us\n  JSONata  %8.3f +/- %.3f us\n", p, pe, j, je
  printf "  JSONata / JSONPath: %.2fx (target at most 2x: %s)\n", j / p, (j / p <= 2 ? "met" : "MISSED")
}'
echo
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "(JMH log: $out/jsonata-jmh.log, results: $out/jsonata-jmh.csv)"
