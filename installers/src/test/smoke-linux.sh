#!/usr/bin/env bash
# Smoke test of the Linux packages built by jpackage: the app image's launcher runs the command line (validate, run)
# and, when Xvfb is installed, starts the designer and captures its window; the .deb (when built) carries the
# launcher, the desktop entry with file types, the icon and the PATH link. Both launchers start with the app's
# class-data-sharing archive (-Xshare:on makes the JVM stop when it cannot use it): the app image's, made by the
# build, and the .deb's, made where it is unpacked by the script its postinst runs.
# Usage: smoke-linux.sh JPACKAGE_OUTPUT_DIR WORKFLOWS_DIR SKIP_TESTS
set -euo pipefail

output=$1
workflows=$2
if [[ ${3:-false} == true ]]; then
  echo "smoke test skipped (skipTests)"
  exit 0
fi

launcher=$output/statewise/bin/statewise
fail() {
  echo "smoke test FAILED: $*" >&2
  exit 1
}

[[ -x $launcher ]] || fail "no launcher at $launcher"

"$launcher" --version | grep -q '^statewise ' || fail "--version did not name the program"

# The archive the launcher names (lib/app/statewise.cfg) is there and the JVM can map it.
grep -q '^java-options=-XX:SharedArchiveFile=\$APPDIR/statewise.jsa$' "$output/statewise/lib/app/statewise.cfg" \
  || fail "the launcher does not name the class-data-sharing archive"
JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" --version > "$output/cds.log" 2>&1 \
  || fail "the app image's launcher cannot use its class-data-sharing archive: $(cat "$output/cds.log")"
echo "app image: class-data-sharing archive used ($(du -h "$output/statewise/lib/app/statewise.jsa" | cut -f1))"
# The layout kernel's jars come signed; without their signatures its classes are in the class list and the archive
# (a build without xvfb-run makes no class list).
classlist=$output/statewise/lib/app/statewise.classlist
if [[ -f $classlist ]] && ! grep -q '^org/eclipse/elk/core/data/LayoutMetaDataService$' "$classlist"; then
  fail "the class list has no layout kernel classes (are its jars still signed?)"
fi

"$launcher" validate "$workflows/order.asl.json" > "$output/validate.txt" 2>&1 \
  || fail "validate exited $? on a valid workflow: $(cat "$output/validate.txt")"

"$launcher" run "$workflows/order.asl.json" --input "@$workflows/order-input.json" --format json \
  > "$output/run.json" 2> "$output/run.err" || fail "run exited $?: $(cat "$output/run.err")"
python3 - "$output/run.json" <<'PY' || fail "run gave an unexpected result: $(cat "$output/run.json")"
import json, sys
result = json.load(open(sys.argv[1]))
assert result["status"] == "SUCCEEDED", result["status"]
output = json.loads(result["output"]) if isinstance(result["output"], str) else result["output"]
assert [p["total"] for p in output["priced"]] == [10, 42], output
assert output["billing"]["Error"] == "Card.Declined", output
PY
echo "packaged command line: validate and run OK"

if ! "$launcher" open --help | grep -q -- --screenshot; then
  echo "this build's open command cannot take screenshots: the packaged designer's window is not checked"
elif command -v xvfb-run > /dev/null; then
  shot=$output/packaged-window.png
  rm -f "$shot"
  timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" \
    "$launcher" open "$workflows/order.asl.json" --screenshot "$shot" > "$output/open.log" 2>&1 \
    || fail "the packaged designer did not start: $(tail -20 "$output/open.log")"
  [[ -s $shot ]] || fail "no window screenshot at $shot"
  echo "packaged designer: window captured in $shot"
else
  echo "no xvfb-run: the packaged designer's window is not checked"
fi

shopt -s nullglob
debs=("$output"/statewise_*.deb)
if ((${#debs[@]} > 0)); then
  deb=${debs[0]}
  info=$(dpkg-deb --info "$deb")
  grep -q 'Depends:.*libgtk-3-0' <<< "$info" || fail ".deb does not depend on libgtk-3-0"
  contents=$(dpkg-deb --contents "$deb")
  for path in ./opt/statewise/bin/statewise ./opt/statewise/lib/statewise.png \
      ./opt/statewise/lib/statewise-statewise.desktop ./opt/statewise/lib/statewise-statewise-MimeInfo.xml \
      ./opt/statewise/lib/app/statewise-cds.sh; do
    grep -q " $path\$" <<< "$contents" || fail ".deb lacks $path"
  done
  if command -v xvfb-run > /dev/null; then
    grep -q ' ./opt/statewise/lib/app/statewise.classlist$' <<< "$contents" || fail ".deb lacks the class list"
  fi
  if grep -q 'statewise\.jsa$' <<< "$contents"; then
    fail ".deb carries a class-data-sharing archive, which JDK 17 refuses anywhere but where it was made"
  fi
  unpacked=$(mktemp -d)
  trap 'rm -rf "$unpacked"' EXIT
  dpkg-deb --raw-extract "$deb" "$unpacked"
  grep -q '^Exec=/opt/statewise/bin/statewise open %f$' "$unpacked/opt/statewise/lib/statewise-statewise.desktop" \
    || fail "desktop entry does not open files"
  grep -q 'pattern="\*.asl.json"' "$unpacked/opt/statewise/lib/statewise-statewise-MimeInfo.xml" \
    || fail "no *.asl.json file type"
  grep -q 'ln -sf /opt/statewise/bin/statewise /usr/bin/statewise' "$unpacked/DEBIAN/postinst" \
    || fail "postinst does not put statewise on the PATH"
  "$unpacked/opt/statewise/bin/statewise" validate "$workflows/order.asl.json" > /dev/null \
    || fail "the launcher inside the .deb does not run"
  grep -qF '/opt/statewise/lib/app/statewise-cds.sh || true' "$unpacked/DEBIAN/postinst" \
    || fail "postinst does not make the class-data-sharing archive"
  "$unpacked/opt/statewise/lib/app/statewise-cds.sh" || fail "the .deb's statewise-cds.sh failed"
  JAVA_TOOL_OPTIONS=-Xshare:on "$unpacked/opt/statewise/bin/statewise" validate "$workflows/order.asl.json" \
    > "$output/deb-cds.log" 2>&1 \
    || fail "the .deb's launcher cannot use the archive its postinst makes: $(cat "$output/deb-cds.log")"
  echo "package $(basename "$deb"): contents OK ($(du -h "$deb" | cut -f1))"
fi
