#!/usr/bin/env bash
# Load harness: the whole service (PostgreSQL + S3Proxy, in-process) under concurrent PDF exports on
# loopback, bounded in time and count. Usage: scripts/load.sh [clients] [seconds]   (default 8 30)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-home.sh
scripts/ensure-postgres.sh
LOAD_CLIENTS=${1:-8} LOAD_SECONDS=${2:-30} ./mvnw -B -Dbuild.dir.name=target-load -pl bootstrap -am verify -DskipITs \
  -Dtests.excluded.groups=none -Dgroups=load -Dtest=ExportLoadTest -Dsurefire.failIfNoSpecifiedTests=false \
  | grep -E '^LOAD:|Tests run:|FAIL|BUILD'
