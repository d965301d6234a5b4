#!/bin/sh
# Lints the OpenAPI document that ApiDocumentTest wrote with Spectral's spectral:oas ruleset; any error or warning
# fails the build. Run by exec-maven-plugin in matching-api's verify phase. Without the document (tests skipped or
# ApiDocumentTest not among the selected tests) there is nothing to lint, and it says so.
set -eu
cd "$(dirname "$0")"
document=../../matching-api/target/openapi.json
if [ ! -f "$document" ]; then
  echo "Spectral: no $document (ApiDocumentTest did not run); nothing to lint"
  exit 0
fi
# the lock file pins every package; no install scripts run (the OWASP ruleset's dependencies include a telemetry one)
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
npx --no-install spectral lint --ruleset .spectral.yaml --fail-severity=warn --display-only-failures "$document"
