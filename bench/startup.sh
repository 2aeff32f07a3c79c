#!/usr/bin/env bash
# Start-up benchmark: SchoolWatch (launch to the sign-in form painted, the first screen since issue 6) against a minimal
# JavaFX window with one table (launch to first painted frame), run alternately, medians and their ratio.
#   bench/startup.sh [runs=7]        plain JVM
#   CDS=1 bench/startup.sh [runs]    each side with its own AppCDS archive (made by a training run)
# Needs a display; without one it runs itself under xvfb-run (apt-get install xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}

if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "No display and no xvfb-run: apt-get install -y xvfb" >&2; exit 1; }
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi

mvn -q -B -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar cf "$work/bench.jar" -C target/test-classes kz/schoolwatch/bench
app_cp="target/schoolwatch.jar:$(ls target/lib/*.jar | tr '\n' ':')"
base_cp="$work/bench.jar:$(ls target/lib/javafx-*.jar | tr '\n' ':')"
data="$work/data"

# The first start loads the demo city; it is not timed.
java -cp "$app_cp" kz.schoolwatch.app.Launcher --data-dir "$data" --demo --startup-timing >/dev/null

app_flags=() ; base_flags=()
if [ "${CDS:-0}" = 1 ]; then
  java -XX:ArchiveClassesAtExit="$work/app.jsa" -cp "$app_cp" kz.schoolwatch.app.Launcher --data-dir "$data" --startup-timing >/dev/null 2>&1
  java -XX:ArchiveClassesAtExit="$work/base.jsa" -cp "$base_cp" kz.schoolwatch.bench.MinimalTableWindow >/dev/null 2>&1
  app_flags=(-XX:SharedArchiveFile="$work/app.jsa")
  base_flags=(-XX:SharedArchiveFile="$work/base.jsa")
fi

app=() ; base=() ; first=()
for i in $(seq "$runs"); do
  out=$(java "${app_flags[@]}" -cp "$app_cp" kz.schoolwatch.app.Launcher --data-dir "$data" --startup-timing 2>/dev/null)
  app+=("$(sed -n 's/^startup.signInMillis=//p' <<<"$out")")
  first+=("$(sed -n 's/^startup.firstFrameMillis=//p' <<<"$out")")
  base+=("$(java "${base_flags[@]}" -cp "$base_cp" kz.schoolwatch.bench.MinimalTableWindow 2>/dev/null | sed -n 's/^startup.firstFrameMillis=//p')")
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
m_app=$(median "${app[@]}"); m_first=$(median "${first[@]}"); m_base=$(median "${base[@]}")
echo "runs:                         $runs (CDS=${CDS:-0})"
echo "minimal table window (ms):    ${base[*]}  median $m_base"
echo "SchoolWatch first frame (ms): ${first[*]}  median $m_first"
echo "SchoolWatch sign-in form (ms): ${app[*]}  median $m_app"
awk -v a="$m_app" -v b="$m_base" 'BEGIN { printf "ratio of the medians:         %.2f (target <= 1.50)\n", a / b }'
# Each run's SchoolWatch start beside the minimal window started right after it: on a busy machine the load
# drifts over a run, and these pairs see nearly the same load.
pairs=() ; for i in "${!app[@]}"; do pairs+=("$(awk -v a="${app[$i]}" -v b="${base[$i]}" 'BEGIN { printf "%.3f", a / b }')"); done
echo "pairwise ratios:              ${pairs[*]}  median $(median "${pairs[@]}") (target <= 1.50)"

# Second part: launch, sign-in form, the app's own sign-in, dashboard painted. Once with «Войти» pressed as soon as
# the form is painted (nobody types that fast: the worst case), once after a typing pause (TYPING ms, default 3000:
# a login and a 16-character password), during which the app rehearses the sign-in. "Machine time" is the part
# a person waits for: launch to the form painted, plus «Войти» to the dashboard painted.
# The demo accounts' folder is made by the test helpers (the same one the UI tests sign in to).
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/test.cp" >/dev/null
signed="$work/signed"
java -cp "target/test-classes:target/classes:$(cat "$work/test.cp")" kz.schoolwatch.bench.DemoFolder "$signed" >/dev/null 2>&1
for typing in 0 "${TYPING:-3000}"; do
  machine=() ; after=() ; base2=() ; form=()
  for i in $(seq "$runs"); do
    out=$(printf 'Demo-2026-shkola\n' | java "${app_flags[@]}" -Dschoolwatch.timing.user=nachalnik -Dschoolwatch.timing.typingMillis="$typing" \
      -cp "$app_cp" kz.schoolwatch.app.Launcher --data-dir "$signed" --startup-timing 2>/dev/null)
    f=$(sed -n 's/^startup.signInMillis=//p' <<<"$out")
    p=$(sed -n 's/^startup.pressMillis=//p' <<<"$out")
    d=$(sed -n 's/^startup.dashboardMillis=//p' <<<"$out")
    form+=("$f") ; after+=("$((d - p))") ; machine+=("$((f + d - p))")
    base2+=("$(java "${base_flags[@]}" -cp "$base_cp" kz.schoolwatch.bench.MinimalTableWindow 2>/dev/null | sed -n 's/^startup.firstFrameMillis=//p')")
  done
  m_machine=$(median "${machine[@]}"); m_base2=$(median "${base2[@]}")
  echo "-- the app signs in by itself (demo city, account nachalnik), «Войти» pressed ${typing} ms after the form is painted:"
  echo "minimal table window (ms):    ${base2[*]}  median $m_base2"
  echo "sign-in form painted (ms):    ${form[*]}  median $(median "${form[@]}")"
  echo "«Войти» to dashboard (ms):    ${after[*]}  median $(median "${after[@]}")"
  echo "machine time (ms):            ${machine[*]}  median $m_machine"
  awk -v a="$m_machine" -v b="$m_base2" 'BEGIN { printf "ratio machine time / minimal: %.2f (target <= 1.50)\n", a / b }'
  pairs2=() ; for i in "${!machine[@]}"; do pairs2+=("$(awk -v a="${machine[$i]}" -v b="${base2[$i]}" 'BEGIN { printf "%.3f", a / b }')"); done
  echo "pairwise ratios:              ${pairs2[*]}  median $(median "${pairs2[@]}")"
done
