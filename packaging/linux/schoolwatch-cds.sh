#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Class-data sharing for SchoolWatch's own jars, made where they are installed: JDK 17 refuses an archive
# whose jars moved, so the build cannot ship one. Run by the .deb's postinst (as root) with the install
# folder; takes a few seconds and needs no display. It rewrites the runtime's default archive from the
# class list the build's training run recorded, now with the installed jars on the class path, in the
# launcher's order. On any failure the archive the package shipped stays (JDK and JavaFX classes only).
#   schoolwatch-cds.sh [INSTALL_DIR=/opt/schoolwatch]
set -u
dir=${1:-/opt/schoolwatch}
app=$dir/lib/app
server=$dir/lib/runtime/lib/server
[ -f "$app/schoolwatch.classlist" ] && [ -f "$app/SchoolWatch.cfg" ] || exit 0
cp=$(sed -n "s|^app.classpath=\\\$APPDIR|$app|p" "$app/SchoolWatch.cfg" | paste -s -d : -)
if "$dir/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/schoolwatch.classlist" \
     -XX:SharedArchiveFile="$server/classes.jsa.new" -cp "$cp" >/dev/null 2>&1; then
  mv -f "$server/classes.jsa.new" "$server/classes.jsa"
else
  rm -f "$server/classes.jsa.new"
  echo "SchoolWatch: no class-data archive for the app's jars (start-up is a little slower)" >&2
fi
exit 0
