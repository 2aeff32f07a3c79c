#!/usr/bin/env bash
# Officers' work benchmark: on 1,000,000 visits and 200,000 events (generated once into a data folder) a month of
# visits opens in under 200 ms. Prints medians of the repository page queries and of the view model's load next
# to a COUNT(*) baseline measured in the same run, and the heap/RSS with the heap capped at 384 MB.
#   bench/worklog.sh [data-folder]     (default: a fresh temp folder; pass one to reuse the generated data)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package
cp="target/test-classes:target/schoolwatch.jar:$(ls target/lib/*.jar | tr '\n' ':')"
exec java -Xmx384m -Dprism.order=sw -Dglass.platform=Monocle -Dmonocle.platform=Headless \
  -cp "$cp:$(ls ~/.m2/repository/org/testfx/openjfx-monocle/17.0.10/*.jar | head -1)" \
  kz.schoolwatch.bench.WorkLoadBenchmark "$@"
