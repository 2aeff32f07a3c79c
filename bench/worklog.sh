#!/usr/bin/env bash
# Officers' work benchmark: on 1,000,000 visits and 200,000 events (generated once into a data folder) a month of
# visits opens in under 200 ms. Prints medians of the repository page queries and of the view model's load next
# to a COUNT(*) baseline measured in the same run, and the heap/RSS with the heap capped at 384 MB.
#   bench/worklog.sh [data-folder]     (default: a fresh temp folder; pass one to reuse the generated data)
# The second part starts the whole app on that data headless and reports screen timings, heap and RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt >/dev/null
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
data=${1:-$(mktemp -d)}
headless=(-Xmx384m -Dprism.order=sw -Dprism.text=t2k -Dglass.platform=Monocle -Dmonocle.platform=Headless
  -Dtestfx.robot=glass -Dtestfx.headless=true -Dheadless.geometry=1600x1200-32)
# Repository and view-model medians (generates the data on first use).
java "${headless[@]}" -cp "$cp" kz.schoolwatch.bench.WorkLoadBenchmark "$data"
# The whole app on that data: open the visits screen, page, visit every screen, memory. First 20 s after sign-in
# (the screen is built ahead by then), then right after sign-in (before it is).
java "${headless[@]}" -Dbench.settleSeconds=20 -cp "$cp" kz.schoolwatch.bench.AppOnBigDataBenchmark "$data" 2>/dev/null | grep '^app:'
java "${headless[@]}" -cp "$cp" kz.schoolwatch.bench.AppOnBigDataBenchmark "$data" 2>/dev/null | grep '^app:'
