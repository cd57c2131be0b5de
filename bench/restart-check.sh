#!/usr/bin/env bash
# Builds the production jar, then times its start-up and checks that data survives SIGKILL.
# Results: bench/results/restart-check.txt
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -Pproduction package -DskipTests
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
JAVA_BIN="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "$JAVA_BIN" -cp "$(cat target/bench-classpath.txt)" bench/RestartCheck.java \
  "$(pwd)/$(ls target/quizdeck-*.jar | head -n 1)"
