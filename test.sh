#!/usr/bin/env bash
# Runs every test of every module: unit, port contracts (in-memory, PostgreSQL, H2, S3Proxy; LocalStack
# skipped without Docker), rendering, REST, architecture and end-to-end. Starts PostgreSQL if needed.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/java-home.sh
scripts/ensure-postgres.sh
# pdflatex, lmodern and pdftotext for the .tex export's compile tests (quiet; those tests skip without them).
scripts/ensure-tools.sh
# verify, not install: the build never writes to ~/.m2, so parallel checkouts cannot see stale jars.
./mvnw -B -ntp verify "$@"
# Redocly lint of the generated OpenAPI document (skipped without Node.js).
scripts/lint-openapi.sh
