#!/usr/bin/env bash
# Layout speed (issue 4): warm layout of 200 and 1,000 states against a trivial layered placement of the same graphs
# measured in the same run, and the first layout in a fresh JVM with and without DiagramLayout.warmUp().
# See README.md in this folder.
#
# Settings (environment): STATEWISE_SHARED (default ../shared next to the repository), STATEWISE_TARGET (build
# folder, default target-lbench), JMH_ARGS (extra JMH options, e.g. "-f 2 -wi 10").
set -euo pipefail
export LC_ALL=C

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="$(cd "${STATEWISE_SHARED:-$repo/../shared}" && pwd)"
target="${STATEWISE_TARGET:-target-lbench}"
jmh_args="${JMH_ARGS:-}"
out="$repo/diagram-layout/$target/bench"
mkdir -p "$out"
echo "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs"

echo "Building the benchmarks (mvn test-compile into diagram-layout/$target) ..."
(cd "$repo" && mvn -q -B -Dstatewise.target="$target" -pl diagram-layout -am install -DskipTests >/dev/null \
  && mvn -q -B -Dstatewise.target="$target" -pl diagram-layout test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt" >/dev/null)
cp="$repo/diagram-layout/$target/test-classes:$repo/diagram-layout/$target/classes:$(cat "$out/classpath.txt")"

# shellcheck disable=SC2086
(cd "$repo/diagram-layout" && java -cp "$cp" org.openjdk.jmh.Main \
  'statewise.layout.bench.(LayoutBenchmark|FirstLayoutBenchmark)' -jvmArgsAppend "-Dstatewise.shared=$shared" \
  -rf csv -rff "$out/layout.csv" $jmh_args >"$out/jmh.log" 2>&1) || { tail -40 "$out/jmh.log"; exit 1; }

figure() { awk -F, -v name="$1" -v param="${2:-}" '
  { gsub(/["\r]/, "") }
  $1 ~ ("\\." name "$") && (param == "" || $NF == param) { printf "%.3f", $5 }' "$out/layout.csv"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

l200=$(figure layout200); t200=$(figure trivial200)
l1000=$(figure layout1000); t1000=$(figure trivial1000)
cold=$(figure firstLayout false); warm=$(figure firstLayout true)
echo
echo "Warm layout, ms per layout (JMH average; baseline = trivial layered placement of the same graph):"
printf '  200 states:   %8s ms   baseline %8s ms   ratio %sx   (bar: 10 ms)\n' "$l200" "$t200" \
  "$(ratio "$l200" "$t200")"
printf '  1,000 states: %8s ms   baseline %8s ms   ratio %sx   (bar: 150 ms)\n' "$l1000" "$t1000" \
  "$(ratio "$l1000" "$t1000")"
echo "First layout of a 22-state workflow in a fresh JVM (mean of 10 forks; bar: 1 s):"
printf '  cold: %s ms   after warmUp(): %s ms\n' "$cold" "$warm"
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg). JMH log and CSV: $out"
