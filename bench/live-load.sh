#!/usr/bin/env bash
# 1,000 simulated phones in one JVM play five questions: fan-out time, answer acknowledgement, no answer
# lost, heap per player. Results: bench/results/live-load.txt (see LiveLoadBenchmark for what is measured).
# The component tracker (a development-mode aid that records where each component was created) is off, as
# in production; the tests otherwise run Vaadin in development mode.
set -euo pipefail
cd "$(dirname "$0")/.."
PLAYERS="${PLAYERS:-1000}"
./mvnw -B -ntp -q test -DskipE2e -DskipPostgres -Dtest=LiveLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.players="$PLAYERS" -DargLine="-Xmx2g -Dbench.players=$PLAYERS -Dvaadin.devmode.componentTracker.enabled=false ${BENCH_JVM_ARGS:-}"
cat bench/results/live-load.txt
