#!/usr/bin/env bash
# `npm test`: every check, in order from cheapest to slowest. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== typecheck"; npx tsc -p tsconfig.json --noEmit
echo "== lint"; npx eslint .
echo "== weapp build (its main-package size is asserted)"; npm run build:weapp --silent
echo "== unit + api + infra"; npx jest --selectProjects unit client api infra --passWithNoTests=false
echo "== H5 build for browser tests"; npm run build:h5 --silent
echo "== browser tests"; npx jest --selectProjects e2e --runInBand
