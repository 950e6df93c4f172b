#!/usr/bin/env bash
# Validation speed, ours against asl-validator's, on the same 1,000-state workflow and in one run, so the ratio
# holds even on a busy machine. See README.md in this folder.
#
# Settings (environment): PEERS_DIR (npm peers, default /tmp/peers), STATEWISE_SHARED (default ../shared next to
# the repository), STATEWISE_TARGET (build folder, default target-bench), ASL_VALIDATOR_REPS (default 30),
# ROUNDS (peer measurements, median taken; default 3), JMH_ARGS (default: 1 fork, 5 x 1 s warm-up, 10 x 1 s).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="$(cd "${STATEWISE_SHARED:-$repo/../shared}" && pwd)"
peers="${PEERS_DIR:-/tmp/peers}"
target="${STATEWISE_TARGET:-target-bench}"
reps="${ASL_VALIDATOR_REPS:-30}"
rounds="${ROUNDS:-3}"
jmh_args="${JMH_ARGS:--f 1 -wi 5 -w 1s -i 10 -r 1s}"
workflow="$shared/bench/workflows/big.asl.json"
out="$repo/engine/$target/bench"
mkdir -p "$out"

# 1. asl-validator, installed on first use.
if [ ! -d "$peers/node_modules/asl-validator" ]; then
  echo "Installing asl-validator into $peers ..."
  mkdir -p "$peers"
  (cd "$peers" && { [ -f package.json ] || npm init -y >/dev/null; } \
    && npm install --no-audit --no-fund asl-validator >/dev/null)
fi
peer_version="$(node -p "require('$peers/node_modules/asl-validator/package.json').version")"

# Total milliseconds of N validations in one process; validate.js times only its loop (not start-up or loading).
peer_total_ms() {
  PEERS_DIR="$peers" node "$shared/bench/validate.js" "$workflow" "$1" \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).totalMs))'
}

# The first validation compiles asl-validator's schemas, so (N runs - 1 run) / (N - 1) is the warm cost of one.
echo "Measuring asl-validator $peer_version: $rounds rounds of 1 and $reps validations ..."
peer_total_ms 1 >/dev/null
per_round=()
for _ in $(seq "$rounds"); do
  one="$(peer_total_ms 1)"
  many="$(peer_total_ms "$reps")"
  per_round+=("$(awk -v m="$many" -v o="$one" -v n="$reps" 'BEGIN { printf "%.3f", (m - o) / (n - 1) }')")
done
peer_ms="$(printf '%s\n' "${per_round[@]}" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')"

# 2. Ours, with JMH on the engine's test classpath.
echo "Building the benchmark (mvn test-compile into engine/$target) ..."
(cd "$repo" && mvn -q -B -Dstatewise.target="$target" -pl engine test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt")
classpath="$repo/engine/$target/test-classes:$repo/engine/$target/classes:$(cat "$out/classpath.txt")"
echo "Running JMH ($jmh_args) ..."
# shellcheck disable=SC2086
java -Duser.language=en -Duser.country=US -Dstatewise.shared="$shared" -cp "$classpath" \
  org.openjdk.jmh.Main '\.ParseValidateBenchmark\.' $jmh_args -rf csv -rff "$out/jmh.csv" >"$out/jmh.log"

# "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: workflow"
# Column 5 is the score, 6 its 99.9% error; $3 picks which.
ours() {
  awk -F, -v b="$1" -v w="$2" -v c="${3:-5}" '{ gsub(/["\r]/, "") } $1 ~ "\\." b "$" && $8 == w { print $c }' \
    "$out/jmh.csv"
}
echo
echo "Validation of big.asl.json (1,000 states) in a warm process, same run:"
printf '  asl-validator %s, validation only:  %9.3f ms per validation (median of %s rounds: %s)\n' \
  "$peer_version" "$peer_ms" "$rounds" "${per_round[*]}"
for bench in parseAndValidate parseAndValidateAnEdit parseOnly validateOnly; do
  for wf in big trivial; do
    printf '  statewise %-22s %-8s %9.4f ms/op (+/- %.4f)\n' "$bench" "$wf" "$(ours "$bench" "$wf")" \
      "$(ours "$bench" "$wf" 6)"
  done
done
echo
awk -v p="$peer_ms" -v a="$(ours parseAndValidate big)" -v v="$(ours validateOnly big)" 'BEGIN {
  printf "Ratio asl-validator / statewise parse+validate: %.1fx\n", p / a
  printf "Ratio asl-validator / statewise validate only:  %.1fx\n", p / v
}'
echo "(JMH log: $out/jmh.log, results: $out/jmh.csv)"
