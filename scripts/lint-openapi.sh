#!/usr/bin/env bash
# Lints the generated OpenAPI document with Redocly CLI's recommended rules; fails on any error.
# The CLI version is pinned in tools/openapi-lint/package.json (+ package-lock.json).
# Skips (exit 0, with a message) when Node.js/npm are not installed.
# Usage: scripts/lint-openapi.sh [document]
#   default: the newest adapters-rest/target*/classes/META-INF/swagger/openapi.yml (any -Dbuild.dir.name)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NEWEST="$(ls -t "$ROOT"/adapters-rest/target*/classes/META-INF/swagger/openapi.yml 2>/dev/null | head -1 || true)"
DOC="${1:-${NEWEST:-$ROOT/adapters-rest/target/classes/META-INF/swagger/openapi.yml}}"
TOOL="$ROOT/tools/openapi-lint"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "lint-openapi: Node.js/npm not found, OpenAPI lint skipped" >&2
  exit 0
fi
if [ ! -f "$DOC" ]; then
  echo "lint-openapi: $DOC is missing; build adapters-rest first (./mvnw -pl adapters-rest -am compile)" >&2
  exit 1
fi
if [ ! -x "$TOOL/node_modules/.bin/redocly" ]; then
  (cd "$TOOL" && npm ci --no-audit --no-fund --loglevel=error)
fi
# --extends=recommended: Redocly's recommended rule set; errors fail the script, warnings are printed.
exec "$TOOL/node_modules/.bin/redocly" lint --extends=recommended "$DOC"
