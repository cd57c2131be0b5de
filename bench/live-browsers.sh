#!/usr/bin/env bash
# 30 headless Chromium players and a host play five questions: from the host's "Next question" to the
# question on every player's screen, p50/p95. Results: bench/results/live-browsers.txt.
# Needs Chromium (/usr/bin/chromium or CHROMIUM_PATH), as the end-to-end tests do.
set -euo pipefail
cd "$(dirname "$0")/.."
BROWSERS="${BROWSERS:-30}"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 ./mvnw -B -ntp -q test -DskipUnitTests -DskipPostgres -Dtest=LiveChromiumBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false -Dbench.browsers="$BROWSERS" -DargLine="-Dbench.browsers=$BROWSERS"
cat bench/results/live-browsers.txt
