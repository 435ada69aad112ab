#!/usr/bin/env bash
# Creates a migration for each SQL adapter from the current collections: `npm run migrate:create [name]`.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:-change}"
tmp=$(mktemp -d)
echo "• SQLite"
DATABASE_URL="file:$tmp/migrate.db" NODE_ENV=production npx payload migrate:create "$name" --skip-empty
pg_base="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
db="carriers_migrate_$$"
psql "$pg_base" -qc "CREATE DATABASE $db" >/dev/null
trap 'psql "$pg_base" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null; rm -rf "$tmp"' EXIT
echo "• PostgreSQL"
DATABASE_URL="${pg_base%/*}/$db" NODE_ENV=production npx payload migrate:create "$name" --skip-empty
