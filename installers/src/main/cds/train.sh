#!/usr/bin/env bash
# Packaging step (Linux): prepares an app image for its class-data-sharing archive. Puts statewise-cds.sh (which makes
# the archive where the app is installed) into lib/app, and writes lib/app/statewise.classlist: the classes one start
# of the packaged designer loads, from a training start under Xvfb (`open --report-startup` on the bundled sample,
# with a fresh settings folder). Entries the JVM cannot archive are left out: classes of signed jars (JDK 17 skips them
# and their lambda proxies; the build has removed the signatures of ELK, EMF and Xtext, StripJarSignatures.java, so
# none should be left) and generated proxy classes.
# Without xvfb-run there is no training start and no class list: the archive then holds the JDK's default classes.
# Usage: train.sh APP_IMAGE_DIR
set -euo pipefail

image=$1
app=$image/lib/app
cp "$(dirname "${BASH_SOURCE[0]}")/statewise-cds.sh" "$app/statewise-cds.sh"
chmod 755 "$app/statewise-cds.sh"
rm -f "$app/statewise.classlist"

if ! command -v xvfb-run > /dev/null; then
  echo "no xvfb-run: no training start; the class-data-sharing archive will hold the JDK's default classes"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
started=$(date +%s)
if ! XDG_CONFIG_HOME="$work/config" JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/loaded.classlist" \
    timeout 300 xvfb-run -a -s "-screen 0 1280x800x24" "$image/bin/statewise" open --report-startup \
    > "$work/training.log" 2>&1 || ! grep -q '^startup:' "$work/training.log"; then
  echo "training start of the packaged designer FAILED:" >&2
  tail -20 "$work/training.log" >&2
  exit 1
fi

python3 - "$app" "$work/loaded.classlist" "$app/statewise.classlist" <<'PY'
import pathlib, re, sys, zipfile

app, loaded, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
signed = set()
for jar in app.glob("*.jar"):
    with zipfile.ZipFile(jar) as z:
        names = z.namelist()
        if any(re.fullmatch(r"META-INF/[^/]+\.SF", n) for n in names):
            signed.update(n[:-len(".class")] for n in names if n.endswith(".class"))
kept = []
for line in loaded.read_text().splitlines():
    words = line.split()
    name = words[1] if line.startswith("@lambda-proxy") and len(words) > 1 else words[0] if words else ""
    if name in signed or re.search(r"\$Proxy\d+$", name):
        continue
    kept.append(line)
out.write_text("\n".join(kept) + "\n")
print(f"class list: {len(kept)} of {len(loaded.read_text().splitlines())} entries kept", end="")
PY
echo " (training start: $(($(date +%s) - started)) s)"
