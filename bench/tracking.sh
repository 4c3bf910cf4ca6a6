#!/usr/bin/env bash
# JMH: tracking webhook events ingested per second over HTTPS, idempotent (see docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile -Dspotless.check.skip=true
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
java -Djava.util.logging.config.file=/dev/null -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main TrackingBenchmark "$@"
