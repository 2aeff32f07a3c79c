#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds SchoolWatch's installers with jpackage: jdeps -> jlink -> jpackage.
#
#   packaging/build.sh [app-image|deb|msi|dmg]...      default: this system's app image and installer
#
# Linux: app image + .deb; Windows (Git Bash): app image + .msi (needs WiX 3); macOS: app image + .dmg.
# jpackage cannot cross-build: each installer is built on its own system. Everything lands in
# target/packaging/ (image/ = app image, dist/ = installers).
#
# Environment:
#   SKIP_MAVEN=1   reuse target/schoolwatch.jar and target/lib (else runs `mvn -B -DskipTests package`)
#   CDS=0          keep jlink's default CDS archive (default 1: an archive of the JDK and JavaFX classes the
#                  app loads, made by a training run; on Linux without a display it uses xvfb-run)
#   TRAINING_TIMEOUT  seconds the training run may take to reach the dashboard (default 300)
#   APP_VERSION    installer version (default: the pom's version without -SNAPSHOT)
#
# The app is not modular (Flyway, H2 and others have no module names), so: the JavaFX platform jars go into
# a jlinked runtime as modules, their native libraries next to the JVM's own, and all other jars stay on the
# class path in the app folder. See docs/decisions/0004-packaging.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out=target/packaging

case "$(uname -s)" in
  Linux) os=linux; native_dir=lib; native_glob='\.so$'; default_types=(app-image deb) ;;
  Darwin) os=macos; native_dir=lib; native_glob='\.dylib$'; default_types=(app-image dmg) ;;
  MINGW* | MSYS* | CYGWIN*) os=windows; native_dir=bin; native_glob='\.dll$'; default_types=(app-image msi) ;;
  *) echo "Unsupported system: $(uname -s)" >&2; exit 1 ;;
esac
types=("$@")
[ ${#types[@]} -gt 0 ] || types=("${default_types[@]}")

log() { printf '\n== %s\n' "$*"; }

# jpackage --type deb runs dpkg-deb under fakeroot.
if [[ " ${types[*]} " == *" deb "* ]] && ! command -v fakeroot >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "Installing fakeroot (needed by jpackage --type deb)"
    apt-get install -y -qq fakeroot >/dev/null || { apt-get update -qq && apt-get install -y -qq fakeroot >/dev/null; }
  else
    echo "jpackage --type deb needs fakeroot: sudo apt-get install -y fakeroot" >&2
    exit 1
  fi
fi

if [ "${SKIP_MAVEN:-0}" != 1 ]; then
  log "Maven package"
  mvn -B -q -Dstyle.color=never -DskipTests package
fi
[ -f target/schoolwatch.jar ] || { echo "target/schoolwatch.jar missing: run without SKIP_MAVEN=1" >&2; exit 1; }

version=${APP_VERSION:-$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -n 1)}
version=${version%-SNAPSHOT}

# JavaFX: only the platform jars (javafx-controls-21.0.11-linux.jar) hold classes, module-info and natives;
# the jars without classifier are empty placeholders.
fx_jars=()
other_jars=()
for jar in target/lib/*.jar; do
  name=$(basename "$jar")
  if [[ $name =~ ^javafx-[a-z]+-[0-9.]+-[a-z0-9-]+\.jar$ ]]; then fx_jars+=("$jar")
  elif [[ $name =~ ^javafx-[a-z]+-[0-9.]+\.jar$ ]]; then continue
  else other_jars+=("$jar"); fi
done
[ ${#fx_jars[@]} -gt 0 ] || { echo "No JavaFX platform jars in target/lib" >&2; exit 1; }
sep=':'; [ "$os" = windows ] && sep=';'
fx_path=$(IFS="$sep"; echo "${fx_jars[*]}")

rm -rf "$out"
mkdir -p "$out/input" "$out/image" "$out/dist"

log "Modules the jars need (jdeps)"
# All jars on the module path so that modular ones (jOOQ -> r2dbc) resolve; only JDK modules are printed.
all_path=$(IFS="$sep"; echo "${fx_jars[*]}${sep}${other_jars[*]}")
jdk_modules=$(jdeps --ignore-missing-deps --print-module-deps --multi-release 17 \
  --module-path "$all_path" --add-modules ALL-MODULE-PATH target/schoolwatch.jar | tr -d '\r')
# jdk.localedata: Russian and Kazakh month names (without it dates print in English);
# jdk.charsets: the Windows and Cyrillic code pages; jdk.zipfs: reading resources out of jars.
modules="$jdk_modules,jdk.localedata,jdk.charsets,jdk.zipfs,javafx.controls,javafx.swing"
echo "$modules"

log "Runtime (jlink)"
jlink --module-path "$fx_path" --add-modules "$modules" \
  --include-locales=en,ru,kk --strip-debug --no-header-files --no-man-pages \
  --generate-cds-archive --output "$out/runtime"
# jlink keeps the JavaFX natives only as resources inside the modules, and JavaFX would copy them into
# ~/.openjfx/cache on every new machine; put them where JavaFX looks first, beside the JVM's libraries.
for jar in "${fx_jars[@]}"; do
  natives=$(jar tf "$jar" | tr -d '\r' | grep -E "$native_glob" || true) # \r: jar's line ends on Windows
  [ -z "$natives" ] || (cd "$out/runtime/$native_dir" && jar xf "$root/$jar" $natives)
done

cp target/schoolwatch.jar "${other_jars[@]}" "$out/input/"

# Class-data sharing: the runtime's default CDS archive (lib/server/classes.jsa, bin/server on Windows) is
# replaced by one holding every JDK and JavaFX class a start to the dashboard loads, listed by a training
# run. The JVM maps it without any option, and unlike an archive of the app's jars it stays valid when the
# installer puts the runtime in another folder (JDK 17 cannot relocate a class-path archive). The .deb goes
# one step further: its postinst remakes the archive with the installed jars (linux/schoolwatch-cds.sh).
# See docs/decisions/0004-packaging.md for the measurements.
if [ "${CDS:-1}" = 1 ]; then
  log "CDS archive for the runtime (training run: sign-in form, head of unit signs in, dashboard)"
  java_bin="$out/runtime/bin/java"
  display=()
  if [ "$os" = linux ] && [ -z "${DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null || { echo "No display for the training run: apt-get install -y xvfb, or CDS=0" >&2; exit 1; }
    display=(xvfb-run -a -s "-screen 0 1600x1000x24")
  fi
  # A start that stops at the sign-in form loads only part of what officers wait for: the run signs in as the
  # demo city's head of unit through the form (the app's timed sign-in, password on standard input, «Войти»
  # pressed after a typing pause so the sign-in rehearsal runs as it does in the office) and ends when the
  # dashboard is painted. The folder with the accounts and the demo city is made without a window.
  java -cp "target/schoolwatch.jar${sep}target/lib/*" packaging/SignedInFolder.java "$out/training-data" \
    > "$out/training.log" 2>&1 || { cat "$out/training.log" >&2; exit 1; }
  # A sign-in or a dashboard that fails leaves the window waiting: give up after TRAINING_TIMEOUT seconds.
  limit=(); command -v timeout >/dev/null && limit=(timeout -k 10 "${TRAINING_TIMEOUT:-300}")
  rc=0
  printf 'Demo-2026-shkola\n' | ${display[@]+"${display[@]}"} ${limit[@]+"${limit[@]}"} "$java_bin" \
    -XX:DumpLoadedClassList="$out/classes.lst" -Dschoolwatch.timing.user=nachalnik -Dschoolwatch.timing.typingMillis=2000 \
    --add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED \
    --add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED \
    --add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED -Dfile.encoding=UTF-8 \
    -cp "$out/input/*" kz.schoolwatch.app.Launcher --data-dir "$out/training-data" --startup-timing >> "$out/training.log" 2>&1 \
    || rc=$?
  if [ $rc != 0 ] || ! grep -q '^startup.dashboardMillis=' "$out/training.log"; then
    grep -v '^\s*at ' "$out/training.log" | tail -n 40 >&2
    [ $rc = 124 ] && echo "The training run did not reach the dashboard within ${TRAINING_TIMEOUT:-300} s" >&2
    echo "The training run (sign-in as nachalnik, to the dashboard) failed, exit $rc: log above, $out/training.log" >&2
    exit 1
  fi
  # Only the default archive is replaced; classes_nocoops.jsa (heaps over 32 GB) stays jlink's.
  find "$out/runtime" -name classes.jsa -exec rm -f {} +
  # Classes of the app's own jars are not on this class path, so the dump skips them ("Preload Warning").
  "$java_bin" -Xshare:dump -XX:SharedClassListFile="$out/classes.lst" > "$out/cds-dump.log" 2>&1 \
    || { cat "$out/cds-dump.log" >&2; exit 1; }
  rm -rf "$out/training-data"
  if [ "$os" = linux ]; then
    # The .deb's postinst adds the app's own jars to the archive where they are installed.
    cp "$out/classes.lst" "$out/input/schoolwatch.classlist"
    cp packaging/linux/schoolwatch-cds.sh "$out/input/"
  fi
fi

log "App image (jpackage)"
jpackage @packaging/common.args @packaging/app-image.args @packaging/$os/app-image.args --type app-image \
  --app-version "$version" --runtime-image "$out/runtime" --input "$out/input" --dest "$out/image"

case $os in
  linux) image="$out/image/SchoolWatch"; launcher="$image/bin/SchoolWatch" ;;
  macos) image="$out/image/SchoolWatch.app"; launcher="$image/Contents/MacOS/SchoolWatch" ;;
  windows) image="$out/image/SchoolWatch"; launcher="$image/SchoolWatch.exe" ;;
esac

for type in "${types[@]}"; do
  [ "$type" = app-image ] && continue
  log "Installer: $type"
  jpackage @packaging/common.args @packaging/$os/installer.args --type "$type" \
    --app-version "$version" --app-image "$image" --dest "$out/dist"
done

log "Done"
echo "App image: $(dirname "$launcher")"
ls -l "$out/dist" 2>/dev/null | tail -n +2
