#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Start-up of the packaged app against `mvn javafx:run`, and of the packaged app with and without its
# CDS archive, run alternately on the same demo-city database; medians of each.
#   packaging/build.sh app-image && bench/packaged-startup.sh [runs=5]
# Variants:
#   packaged       target/packaging/image/SchoolWatch/bin/SchoolWatch (runtime CDS archive from the training run)
#   packaged-nocds the same image with jlink's default CDS archive (JDK classes only) - the CDS=0 build
#   packaged-deb   the same image with the archive the .deb's postinst makes (JDK, JavaFX and the app's jars)
#   mvn            mvn -q javafx:run -Dapp.args="--startup-timing --data-dir ..."
# Per run: startup.firstFrameMillis and startup.signInMillis (from the app JVM's start) and the wall time
# of the whole command (for mvn that includes Maven's own start, which is what a user waits for).
# Needs a display; without one it runs itself under xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}

if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "No display and no xvfb-run: apt-get install -y xvfb" >&2; exit 1; }
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi

image=target/packaging/image/SchoolWatch
[ -x "$image/bin/SchoolWatch" ] || { echo "No app image: run packaging/build.sh app-image first" >&2; exit 1; }
[ -d target/classes ] || mvn -q -B -DskipTests compile

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data="$work/data"
# Same image, but the runtime's CDS archive regenerated from the JDK's default class list, as jlink makes it.
cp -r "$image" "$work/nocds"
find "$work/nocds" -name classes.jsa -exec rm -f {} +
"$work/nocds/lib/runtime/bin/java" -Xshare:dump >/dev/null 2>&1
# Same image, with the archive the .deb's postinst makes for the installed jars.
cp -r "$image" "$work/deb"
sh "$work/deb/lib/app/schoolwatch-cds.sh" "$work/deb"

# The first start loads the demo city; it is not timed.
"$image/bin/SchoolWatch" --demo --startup-timing --data-dir "$data" >/dev/null 2>&1

declare -A first dash wall
now() { date +%s%N; }
run() { # variant command...
  local v=$1 t0 t1 out
  shift
  t0=$(now)
  out=$("$@" 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g') # Maven may colour the start of a line
  t1=$(now)
  first[$v]+="$(sed -n 's/^startup.firstFrameMillis=//p' <<<"$out") "
  dash[$v]+="$(sed -n 's/^startup.signInMillis=//p' <<<"$out") "
  wall[$v]+="$(((t1 - t0) / 1000000)) "
}
for i in $(seq "$runs"); do
  run packaged "$image/bin/SchoolWatch" --startup-timing --data-dir "$data"
  run packaged-nocds "$work/nocds/bin/SchoolWatch" --startup-timing --data-dir "$data"
  run packaged-deb "$work/deb/bin/SchoolWatch" --startup-timing --data-dir "$data"
  run mvn mvn -q -B javafx:run -Dapp.args="--startup-timing --data-dir $data"
done

median() { printf '%s\n' $@ | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "runs: $runs, load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo ?)"
printf '%-15s %-34s %-34s %s\n' variant "first frame ms (median)" "dashboard ms (median)" "wall ms (median)"
for v in packaged packaged-nocds packaged-deb mvn; do
  printf '%-15s %-34s %-34s %s\n' "$v" "${first[$v]}($(median ${first[$v]}))" "${dash[$v]}($(median ${dash[$v]}))" \
    "${wall[$v]}($(median ${wall[$v]}))"
done
ratio() { awk -v a="$(median ${dash[$1]})" -v b="$(median ${dash[$2]})" 'BEGIN { printf "%.2f", a / b }'; }
echo "dashboard median, packaged / mvn javafx:run: $(ratio packaged mvn) (target <= 1.00);" \
  ".deb / mvn javafx:run: $(ratio packaged-deb mvn)"
echo "dashboard median against no CDS: packaged $(ratio packaged packaged-nocds), .deb $(ratio packaged-deb packaged-nocds)"
awk -v a="$(median ${wall[packaged]})" -v b="$(median ${wall[mvn]})" \
  'BEGIN { printf "wall median, packaged / mvn javafx:run: %.2f\n", a / b }'
