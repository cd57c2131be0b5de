#!/usr/bin/env bash
# Dashboards on a generated school year (1,000 students, 40 classes, 200 quizzes, ~1,000,000 answers,
# ~2,000,000 flashcard reviews), on H2 in file mode and then on a throw-away PostgreSQL (Debian's server, as the
# tests use). Results: bench/results/dashboards-h2.txt and bench/results/dashboards-postgres.txt.
# ENGINES=h2 or ENGINES=postgres for one of them.
set -euo pipefail
cd "$(dirname "$0")/.."
for engine in ${ENGINES:-h2 postgres}; do
  ./mvnw -B -ntp -q -Pbench test -Dtest=DashboardBench -Dquizdeck.test.db="$engine" \
    -DargLine="-Xmx3g -Dquizdeck.test.db=$engine"
  cat "bench/results/dashboards-$engine.txt"
done
