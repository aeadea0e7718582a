#!/usr/bin/env bash
# Builds and runs the export service. Without DATABASE_URL / S3 settings it runs self-contained:
# H2 and an embedded S3 server under ./data, and a generated JWT secret with a demo token printed.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/java-home.sh
./mvnw -q -B -DskipTests -pl bootstrap -am package
# JVM options (heap, collector): bootstrap/jvm.options. Two malloc arenas: glibc's default (8 per core) only
# fragments native memory in a JVM, whose threads allocate little with malloc.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
exec "$JAVA_HOME/bin/java" @bootstrap/jvm.options -jar bootstrap/target/export-service.jar "$@"
