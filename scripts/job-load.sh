#!/usr/bin/env bash
# Export job load figure: one 100-item job (PDF, then DOCX) with a ZIP, on PostgreSQL + S3Proxy in-process,
# timed from the 202 to "completed". Usage: scripts/job-load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-home.sh
scripts/ensure-postgres.sh
./mvnw -B -Dbuild.dir.name=target-load -pl bootstrap -am verify -DskipITs \
  -Dtests.excluded.groups=none -Dgroups=load -Dtest=JobLoadTest -Dsurefire.failIfNoSpecifiedTests=false \
  | grep -E '^LOAD:|Tests run:|FAIL|BUILD'
