#!/usr/bin/env bash
# The designer's responsiveness on shared/bench/workflows/big.asl.json (1,000 states): keystroke -> reparse +
# validate -> model published to every view and laid out, open file -> first frame and -> diagram drawn, a
# canvas edit -> its text shown, and pan/zoom steps -> frame rendered, each beside a baseline measured in the same
# run. See README.md in this folder.
#
# Settings (environment): STATEWISE_SHARED (default ../shared next to the repository), STATEWISE_TARGET (build
# folder, default target-dbench), WARMUP (keystrokes before measuring, 60), KEYSTROKES (measured, 200), OPENS
# (measured opens of each file, 12), EDITS (measured canvas edits, 20), PANZOOM (measured pan/zoom steps of each
# kind on each diagram, 40), MVN_ARGS (extra Maven arguments, e.g. -o), JAVA_OPTS (JVM options added after the
# product's own, designer-app/jvm.options).
set -euo pipefail
export LC_ALL=C

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="$(cd "${STATEWISE_SHARED:-$repo/../shared}" && pwd)"
target="${STATEWISE_TARGET:-target-dbench}"
out="$repo/designer-app/$target"
echo "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs"

echo "Building the designer and its test classes into designer-app/$target ..."
# shellcheck disable=SC2086 # MVN_ARGS holds several arguments
(cd "$repo" && mvn -q -B ${MVN_ARGS:-} -Dstatewise.target="$target" -DskipTests -pl designer-app -am package \
  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt")

# The JVM options the product runs with (designer-app/jvm.options, a java argument file), then JAVA_OPTS; the same
# headless toolkit as the UI tests: Monocle, software rendering.
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
java "@$repo/designer-app/jvm.options" ${JAVA_OPTS:-} \
  -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k -Djava.awt.headless=true \
  -Dwarmup="${WARMUP:-60}" -Dkeystrokes="${KEYSTROKES:-200}" -Dopens="${OPENS:-12}" -Dedits="${EDITS:-20}" \
  -Dpanzoom="${PANZOOM:-40}" \
  -cp "$out/test-classes:$out/classes:$(cat "$out/classpath.txt")" \
  statewise.app.shell.DesignerLatencyBenchmark "$shared/bench/workflows"
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
