#!/usr/bin/env bash
# Rendering benchmarks (JMH): time per PDF, DOCX and PNG preview, per template, warm, one thread.
# Usage: scripts/bench.sh [JMH options, e.g. -p template=modern -f 1 -wi 2 -i 3]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-home.sh
./mvnw -q -B -DskipTests -Dbuild.dir.name=target-bench -pl domain install
./mvnw -q -B -DskipTests -Dbuild.dir.name=target-bench -pl adapters-rendering test-compile \
  dependency:build-classpath -Dmdep.outputFile=target-bench/classpath.txt -Dmdep.includeScope=test
cp="adapters-rendering/target-bench/test-classes:adapters-rendering/target-bench/classes:$(cat adapters-rendering/target-bench/classpath.txt)"
exec "$JAVA_HOME/bin/java" -Djava.awt.headless=true -Dsamples.dir=examples/generations -cp "$cp" \
  org.openjdk.jmh.Main "com.jobwise.export.adapters.rendering.bench.*" "$@"
