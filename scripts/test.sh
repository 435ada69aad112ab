#!/usr/bin/env bash
# The one test command: type-check, stale generated files, then every vitest project.
set -euo pipefail
cd "$(dirname "$0")/.."
# Every Node process below (the payload CLI, vitest and what the tests start) resolves lexical to its build without
# a top-level await: see scripts/node-args.ts.
export NODE_OPTIONS="--conditions=production${NODE_OPTIONS:+ $NODE_OPTIONS}"

echo "• tsc --noEmit"
npx tsc --noEmit

echo "• generated types and import map are current"
tmp=$(mktemp -d)
cp src/payload-types.ts "$tmp/payload-types.ts"
cp "src/app/(payload)/admin/importMap.js" "$tmp/importMap.js"
NODE_ENV=test npx payload generate:types >/dev/null
NODE_ENV=test npx payload generate:importmap >/dev/null
stale=0
cmp -s src/payload-types.ts "$tmp/payload-types.ts" || { echo "✖ src/payload-types.ts is stale: run npm run generate:types and commit it"; stale=1; }
cmp -s "src/app/(payload)/admin/importMap.js" "$tmp/importMap.js" || { echo "✖ the admin import map is stale: run npm run generate:importmap and commit it"; stale=1; }
if [ "$stale" = 1 ]; then
  cp "$tmp/payload-types.ts" src/payload-types.ts
  cp "$tmp/importMap.js" "src/app/(payload)/admin/importMap.js"
  exit 1
fi

echo "• migrations match the collections"
mtmp=$(mktemp -d)
before=$(ls migrations/sqlite | sort)
DATABASE_URL="file:$mtmp/m.db" NODE_ENV=production npx payload migrate:create schema-check --skip-empty >/dev/null 2>&1 || true
after=$(ls migrations/sqlite | sort)
rm -rf "$mtmp"
if [ "$before" != "$after" ]; then
  git checkout -- migrations/sqlite/index.ts 2>/dev/null || true
  for f in migrations/sqlite/*schema_check*; do rm -f "$f"; done
  echo "✖ the collections changed since the last migration: run npm run migrate:create <name> and commit migrations/"
  exit 1
fi

echo "• vitest"
npx vitest run "$@"
