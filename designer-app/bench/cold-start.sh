#!/usr/bin/env bash
# Cold start of the designer: from starting `java -jar statewise.jar open --report-startup` to the first frame of
# the main window and to the first frame with the sample's diagram drawn and nothing pending, RUNS times, each run
# beside a baseline started the same way (the smallest JavaFX window, HelloWindowBaseline), under Xvfb. See
# README.md in this folder.
#
# The designer starts with the JVM options the product uses (designer-app/jvm.options, as a java argument file).
#
# Settings (environment): STATEWISE_TARGET (build folder, default target-cbench), RUNS (measured runs of each, 10),
# FILE (a definition to open instead of the sample), JAVA_OPTS (more JVM options for the designer's runs, after the
# product's, e.g. a class-data-sharing archive), VARIANT_OPTS and VARIANT_JAR (when either is set, a third series:
# the designer with these JVM options instead of the product's, or from another build's jar, e.g. a copy of an
# earlier one, with the product's options unless VARIANT_OPTS is set, even to nothing: VARIANT_OPTS= ), BUILD (0 to
# reuse the last build), MVN_ARGS (extra Maven arguments, e.g. -o), PACKAGED (app image folders, separated by spaces,
# e.g. installers/target-cbench/jpackage/statewise: one more series for each, its launcher `bin/statewise open
# --report-startup` as users start it, with the JVM options jpackage wrote into its lib/app/statewise.cfg).
set -euo pipefail
export LC_ALL=C

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
target="${STATEWISE_TARGET:-target-cbench}"
out="$repo/designer-app/$target"
options="@$repo/designer-app/jvm.options"

if [ -z "${COLD_START_DISPLAY:-}" ]; then
  echo "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs"
  if [ "${BUILD:-1}" != 0 ]; then
    echo "Building the designer and its test classes into designer-app/$target ..."
    # shellcheck disable=SC2086 # MVN_ARGS holds several arguments
    (cd "$repo" && mvn -q -B ${MVN_ARGS:-} -Dstatewise.target="$target" -DskipTests -pl designer-app -am package)
  fi
  COLD_START_DISPLAY=1 xvfb-run -a -s "-screen 0 1280x800x24" "${BASH_SOURCE[0]}"
  echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
runs="${RUNS:-10}"
file=()
if [ -n "${FILE:-}" ]; then
  file=("$(cd "$(dirname "$FILE")" && pwd)/$(basename "$FILE")")
fi

# The commands, each with its own fresh settings folder ($1), so no run sees what an earlier one remembered.
baseline() {
  # The JVM's own defaults, not the product's options: a reference that stays put when jvm.options changes.
  java -Dstatewise.config.dir="$1" -cp "$out/test-classes:$out/statewise.jar" statewise.app.shell.HelloWindowBaseline
}
designer() {
  # shellcheck disable=SC2086 # JAVA_OPTS holds several options
  java "$options" ${JAVA_OPTS:-} -Dstatewise.config.dir="$1" -jar "$out/statewise.jar" open --report-startup \
    "${file[@]}"
}
# An app image's launcher ($2): the launcher reads no JVM options from outside, so the fresh settings folder comes
# from the environment, as on a user's machine (XDG_CONFIG_HOME, AppDirectories).
packaged() {
  XDG_CONFIG_HOME="$1" "$2/bin/statewise" open --report-startup "${file[@]}"
}
variant() {
  # shellcheck disable=SC2086 # VARIANT_OPTS holds several options
  java ${VARIANT_OPTS-$options} -Dstatewise.config.dir="$1" -jar "${VARIANT_JAR:-$out/statewise.jar}" \
    open --report-startup "${file[@]}"
}

# One start of $1 (a series' name and command); appends "first-frame ready cpu" in ms to the series' file (when $2
# is "keep"): the first two counted from just before the process started, the last the processor time it had used
# when ready.
measure() {
  local started line
  started=$(date +%s%3N)
  local command=("$1")
  if [[ $1 == image* ]]; then
    command=(packaged "${images[${1#image} - 1]}")
  fi
  line=$("${command[0]}" "$work/config-$RANDOM$RANDOM" "${command[@]:1}" 2>/dev/null | grep '^startup:' || true)
  if [ -z "$line" ]; then
    echo "$1: no startup line" >&2
    exit 1
  fi
  # startup: first frame F ms, ready R ms after the JVM started (cpu P ms); ready at C ms since the epoch
  local first ready cpu clock
  first=$(sed -E 's/.*first frame ([0-9]+) ms.*/\1/' <<<"$line")
  ready=$(sed -E 's/.* ready ([0-9]+) ms after.*/\1/' <<<"$line")
  cpu=$(sed -E 's/.*\(cpu (-?[0-9]+) ms\).*/\1/' <<<"$line")
  clock=$(sed -E 's/.*ready at ([0-9]+) ms since.*/\1/' <<<"$line")
  if [ "$2" = keep ]; then
    echo "$((clock - ready + first - started)) $((clock - started)) $cpu" >>"$work/$1"
  fi
}

# p50, min and max of column $2 of series file $1.
stats() {
  cut -d' ' -f"$2" "$work/$1" | sort -n |
    awk '{ v[NR] = $1 } END { printf "p50 %6d  min %6d  max %6d", v[int((NR + 1) / 2)], v[1], v[NR] }'
}
median() {
  cut -d' ' -f"$2" "$work/$1" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

series=(baseline designer)
variant=${VARIANT_OPTS+set}${VARIANT_JAR:-}
if [ -n "$variant" ]; then
  series+=(variant)
fi
read -r -a images <<<"${PACKAGED:-}"
for i in "${!images[@]}"; do
  images[i]="$(cd "${images[i]}" && pwd)"
  [ -x "${images[i]}/bin/statewise" ] || { echo "no launcher in ${images[i]}/bin" >&2; exit 1; }
  series+=("image$((i + 1))")
  echo "image$((i + 1)): ${images[i]}"
done
echo "Cold start: one untimed start of each, then $runs measured, alternating (file: ${FILE:-the bundled sample})"
for round in $(seq 0 "$runs"); do
  for s in "${series[@]}"; do
    measure "$s" "$([ "$round" = 0 ] && echo skip || echo keep)"
  done
done

echo "Milliseconds from starting the process (wall clock), and processor time used until ready:"
for s in "${series[@]}"; do
  printf '  %-9s first frame: %s\n' "$s" "$(stats "$s" 1)"
  printf '  %-9s ready (diagram drawn, idle): %s\n' "$s" "$(stats "$s" 2)"
  printf '  %-9s cpu until ready: %s\n' "$s" "$(stats "$s" 3)"
done
for s in "${series[@]:1}"; do
  awk -v s="$s" -v b="$(median baseline 1)" -v f="$(median "$s" 1)" -v r="$(median "$s" 2)" \
    -v bc="$(median baseline 3)" -v c="$(median "$s" 3)" 'BEGIN {
      printf "ratio %s / baseline window (p50): first frame %.2f, ready %.2f, cpu %.2f\n", s, f / b, r / b, c / bc }'
done
if [ -n "$variant" ]; then
  awk -v d="$(median designer 2)" -v v="$(median variant 2)" -v dc="$(median designer 3)" \
    -v vc="$(median variant 3)" \
    'BEGIN { printf "ratio variant / designer (p50): ready %.2f, cpu %.2f\n", v / d, vc / dc }'
fi
for i in "${!images[@]}"; do
  if [ "$i" -gt 0 ]; then
    awk -v s="image$((i + 1))" -v a="$(median image1 2)" -v r="$(median "image$((i + 1))" 2)" \
      -v ac="$(median image1 3)" -v c="$(median "image$((i + 1))" 3)" \
      'BEGIN { printf "ratio %s / image1 (p50): ready %.2f, cpu %.2f\n", s, r / a, c / ac }'
  fi
done
