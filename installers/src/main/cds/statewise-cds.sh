#!/bin/sh
# Makes Statewise's class-data-sharing archive, lib/app/statewise.jsa, for the app image this script lies in: the
# classes a start of the designer loads (statewise.classlist, written at packaging time by a training start), parsed,
# verified and laid out once, so that every start maps them instead of loading them from the jars again.
# The launcher names the archive (-XX:SharedArchiveFile=$APPDIR/statewise.jsa in lib/app/statewise.cfg). JDK 17
# accepts an archive only for the very jar files it was made from (their paths or the same files, and their times),
# so it is made where the app is installed: the .deb's postinst and the .rpm's %post run this script, and the build
# runs it in its own app image. After moving or copying an app image, run it again; without a usable archive the
# JVM starts without class-data sharing, as it would without this script.
# Without statewise.classlist it archives the JDK's default class list (what the runtime's own archive holds).
set -eu

app=$(cd "$(dirname "$0")" && pwd)
java=$app/../runtime/bin/java
cfg=$app/statewise.cfg
archive=$app/statewise.jsa

# The launcher's class path and JVM options, as lib/app/statewise.cfg gives them ($APPDIR is this folder).
classpath=$(sed -n 's|^app\.classpath=\$APPDIR|'"$app"'|p' "$cfg" | tr '\n' ':' | sed 's/:$//')
set --
while IFS= read -r option; do
    set -- "$@" "$option"
done <<OPTIONS
$(sed -n 's|^java-options=||p' "$cfg" | sed 's|\$APPDIR|'"$app"'|g')
OPTIONS
if [ -f "$app/statewise.classlist" ]; then
    set -- "$@" "-XX:SharedClassListFile=$app/statewise.classlist"
fi

rm -f "$archive"
log=$(mktemp)
if ! "$java" "$@" "-XX:SharedArchiveFile=$archive" -Xshare:dump -cp "$classpath" > "$log" 2>&1; then
    tail -n 20 "$log" >&2
    echo "statewise: could not make the class-data-sharing archive $archive; Statewise starts without it" >&2
    rm -f "$archive" "$log"
    exit 1
fi
rm -f "$log"
