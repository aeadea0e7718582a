#!/usr/bin/env bash
# Builds and runs the export service. Without DATABASE_URL / S3 settings it runs self-contained:
# H2 and an embedded S3 server under ./data, and a generated JWT secret with a demo token printed.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/java-home.sh
./mvnw -q -B -DskipTests -pl bootstrap -am package
exec "$JAVA_HOME/bin/java" -Djava.awt.headless=true -jar bootstrap/target/export-service.jar "$@"
