#!/usr/bin/env bash
# Interpreter speed per state transition, ours against aws-local-stepfunctions' (als) on the same workflows and in
# one run, so the ratios hold even on a busy machine; and the heap a finished execution keeps per history event.
# See README.md in this folder.
#
# Settings (environment): PEERS_DIR (npm peers, default /tmp/peers), STATEWISE_SHARED (default ../shared next to
# the repository), STATEWISE_TARGET (build folder, default target-ibench), ROUNDS (als runs per workload, median
# taken; default 3), JMH_ARGS (default: the benchmark's own, 2 forks x (6 x 1 s warm-up, 5 x 1 s)),
# MEMORY_ARGS (workload, size, repetitions of the memory probe; default "loop 100000 5").
set -euo pipefail
export LC_ALL=C

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="$(cd "${STATEWISE_SHARED:-$repo/../shared}" && pwd)"
peers="${PEERS_DIR:-/tmp/peers}"
target="${STATEWISE_TARGET:-target-ibench}"
rounds="${ROUNDS:-3}"
jmh_args="${JMH_ARGS:-}"
memory_args="${MEMORY_ARGS:-loop 100000 5}"
out="$repo/engine/$target/bench"
mkdir -p "$out"
echo "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs"

# Workloads: run.js name, run.js size, JMH method, target (als time / ours at least this).
workloads=("loop 10000 loop 20" "map 10000 map 10" "parallel 50 parallel 10" "loop-task 10000 loopTask 20")

# 1. aws-local-stepfunctions, installed on first use.
if [ ! -d "$peers/node_modules/aws-local-stepfunctions" ]; then
  echo "Installing aws-local-stepfunctions into $peers ..."
  mkdir -p "$peers"
  (cd "$peers" && { [ -f package.json ] || npm init -y >/dev/null; } \
    && npm install --no-audit --no-fund aws-local-stepfunctions >/dev/null 2>&1)
fi
als_version="$(node -p "require('$peers/node_modules/aws-local-stepfunctions/package.json').version")"

# Microseconds per transition of one run.js run: its in-process timer around the execution(s) only.
als_us() {
  PEERS_DIR="$peers" node "$shared/bench/run.js" als "$1" "$2" | node -e '
    let s = ""; process.stdin.on("data", d => s += d).on("end", () => {
      const r = JSON.parse(s);
      if (!r.ok) { console.error("als " + r.workload + " failed: " + s); process.exit(2); }
      console.log((1e6 / r.inProcessTransitionsPerSec).toFixed(3));
    });'
}

# The workloads take turns, round after round, so that a busy spell on the machine is shared out among them.
echo "Measuring aws-local-stepfunctions $als_version: $rounds rounds of ${#workloads[@]} workloads ..."
declare -A als_runs
for _ in $(seq "$rounds"); do
  for w in "${workloads[@]}"; do
    read -r name size _ _ <<<"$w"
    als_runs[$name]="${als_runs[$name]:-} $(als_us "$name" "$size")"
  done
done
median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# 2. Ours: JMH on the engine's test classpath, then the memory probe.
echo "Building the benchmark (mvn test-compile into engine/$target) ..."
(cd "$repo" && mvn -q -B -Dstatewise.target="$target" -pl engine test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt")
classpath="$repo/engine/$target/test-classes:$repo/engine/$target/classes:$(cat "$out/classpath.txt")"
echo "Running JMH (${jmh_args:-settings of the benchmark class}) ..."
# shellcheck disable=SC2086
java -Duser.language=en -Duser.country=US -Dstatewise.shared="$shared" -cp "$classpath" \
  org.openjdk.jmh.Main InterpreterBenchmark $jmh_args -rf csv -rff "$out/interpreter-jmh.csv" \
  >"$out/interpreter-jmh.log"
echo "Measuring the heap kept per history event ($memory_args) ..."
# shellcheck disable=SC2086
java -Xms1g -Xmx1g -Dstatewise.shared="$shared" -cp "$classpath" statewise.engine.bench.HistoryMemoryProbe \
  $memory_args >"$out/interpreter-memory.txt"

# "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit"; column 5 is the score, 6 its error.
ours() {
  awk -F, -v b="$1" -v c="${2:-5}" '{ gsub(/["\r]/, "") } $1 ~ "\\." b "$" { print $c }' \
    "$out/interpreter-jmh.csv"
}

for w in "${workloads[@]}"; do
  read -r _ _ method _ <<<"$w"
  if [ -z "$(ours "$method")" ]; then
    echo "InterpreterBenchmark.$method gave no result (a wrong output fails its set-up);" \
      "see $out/interpreter-jmh.log" >&2
    exit 1
  fi
done

echo
echo "Time per state transition in a warm process, same run (als: run.js in-process timer, median of $rounds runs;"
echo "statewise: JMH average time of a whole execution divided by the states it enters):"
printf '%-10s %-20s %13s %19s %8s %7s  %s\n' workload run.js "als us/trans" "statewise us/trans" ratio target \
  "als runs"
for w in "${workloads[@]}"; do
  read -r name size method goal <<<"$w"
  als="$(median <<<"${als_runs[$name]}")"
  awk -v n="$name" -v s="$size" -v a="$als" -v o="$(ours "$method")" -v e="$(ours "$method" 6)" -v g="$goal" \
    -v r="${als_runs[$name]}" 'BEGIN {
      printf "%-10s %-20s %13.2f %11.3f +/- %.3f %7.1fx %6sx  %s %s\n", n, "als " n " " s, a, o, e, a / o, g,
        (a / o >= g ? "met" : "MISSED"), "[" r " ]"
    }'
done
echo
echo "Heap kept by a finished execution (HistoryMemoryProbe $memory_args):"
sed 's/^/  /' "$out/interpreter-memory.txt"
echo
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "(JMH log: $out/interpreter-jmh.log, results: $out/interpreter-jmh.csv)"
