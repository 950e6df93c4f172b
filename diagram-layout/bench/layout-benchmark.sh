#!/usr/bin/env bash
# Layout speed (issue 4): warm layout of 200 and 1,000 states against a trivial layered placement of the same graphs
# measured in the same run, the keep-places relayout after a canvas edit on 1,000 states, and the first layout in a
# fresh JVM with and without DiagramLayout.warmUp().
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
# One reactor build, nothing installed: the classpath file is written by each module, diagram-layout's last.
(cd "$repo" && mvn -q -B -Dstatewise.target="$target" -pl diagram-layout -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt" >/dev/null)
cp="$repo/diagram-layout/$target/test-classes:$repo/diagram-layout/$target/classes:$(cat "$out/classpath.txt")"

# shellcheck disable=SC2086
(cd "$repo/diagram-layout" && java -cp "$cp" org.openjdk.jmh.Main \
  'statewise.layout.bench.(LayoutBenchmark|RelayoutBenchmark|FirstLayoutBenchmark)' -jvmArgsAppend "-Dstatewise.shared=$shared" \
  -rf csv -rff "$out/layout.csv" $jmh_args >"$out/jmh.log" 2>&1) || { tail -40 "$out/jmh.log"; exit 1; }

figure() { awk -F, -v name="$1" -v param="${2:-}" '
  { gsub(/["\r]/, "") }
  $1 ~ ("\\." name "$") && (param == "" || $NF == param) { printf "%.3f", $5 }' "$out/layout.csv"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

cpu() { awk -v a="$(figure "$1:cpuNanos")" -v b="$(figure "$1:calls")" 'BEGIN { printf "%.3f", a / b / 1e6 }'; }

l200=$(figure layout200); t200=$(figure trivial200)
l1000=$(figure layout1000); t1000=$(figure trivial1000)
c200=$(cpu layout200); ct200=$(cpu trivial200)
c1000=$(cpu layout1000); ct1000=$(cpu trivial1000)
cached=$(figure nestedEditCached); uncached=$(figure nestedEditUncached)
ccached=$(cpu nestedEditCached); cuncached=$(cpu nestedEditUncached)
cold=$(figure firstLayout false); warm=$(figure firstLayout true)
rappend=$(figure append); rundo=$(figure undo); rfresh=$(figure fresh)
crappend=$(cpu append); crundo=$(cpu undo); crfresh=$(cpu fresh)
echo
echo "Warm layout, ms per layout (JMH average over all forks; baseline = trivial layered placement of the same graph):"
# shellcheck disable=SC2059  # the format is this one constant
row='  %-13s wall %8s ms  cpu %8s ms   baseline wall %7s / cpu %7s ms   ratio wall %sx cpu %sx   (bar: %s)\n'
printf "$row" "200 states:" \
  "$l200" "$c200" "$t200" "$ct200" "$(ratio "$l200" "$t200")" "$(ratio "$c200" "$ct200")" "10 ms"
printf "$row" "1,000 states:" \
  "$l1000" "$c1000" "$t1000" "$ct1000" "$(ratio "$l1000" "$t1000")" "$(ratio "$c1000" "$ct1000")" "150 ms"
echo "An edit next to a Map of 100 states, with the previous layout as hint:"
printf '  cached container bodies: wall %s ms  cpu %s ms;  every body laid out anew: wall %s ms  cpu %s ms\n' \
  "$cached" "$ccached" "$uncached" "$cuncached"
echo "Relayout keeping places after a canvas edit on 1,000 states (baseline: a fresh layout of them, same run):"
printf '  append a state: wall %s ms  cpu %s ms;  undo it: wall %s ms  cpu %s ms;  fresh: wall %s ms  cpu %s ms\n' \
  "$rappend" "$crappend" "$rundo" "$crundo" "$rfresh" "$crfresh"
printf '  ratio append / fresh: wall %sx cpu %sx\n' "$(ratio "$rappend" "$rfresh")" "$(ratio "$crappend" "$crfresh")"
echo "First layout of a 22-state workflow in a fresh JVM (mean of 10 forks; bar: 1 s):"
printf '  cold: %s ms   after warmUp(): %s ms\n' "$cold" "$warm"
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg). JMH log and CSV: $out"
