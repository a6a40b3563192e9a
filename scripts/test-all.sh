#!/usr/bin/env bash
# `npm test`: every check, in order from cheapest to slowest. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== typecheck"; npx tsc -p tsconfig.json --noEmit
echo "== lint"; npx eslint .
# A weapp production build needs an https API base (config/api-base.ts); any https host checks the package.
echo "== weapp build (its main-package size is asserted)"; TARO_APP_API_BASE="${TARO_APP_API_BASE:-https://api.example.invalid}" npm run build:weapp --silent
echo "== weapp checks with WeChat's own tools (miniprogram-ci: checkCodeQuality, getCompiledResult; miniprogram-simulate: every page rendered)"; npx jest --selectProjects weapp --runInBand --forceExit
echo "== unit + api + infra"; npx jest --selectProjects unit client api infra --passWithNoTests=false
echo "== H5 build for browser tests"; npm run build:h5 --silent
echo "== browser tests"; npx jest --selectProjects e2e --runInBand
