#!/bin/sh
# Runs every test file under test/ with node's test runner (tsx loads TypeScript).
# Node 20 does not expand globs itself, so the files are listed here; finding none is a failure.
set -eu
files=$(find test -name '*.test.ts' | sort)
if [ -z "$files" ]; then
  echo "test/run.sh: no test files found under test/" >&2
  exit 1
fi
# shellcheck disable=SC2086
exec node --import tsx --test --test-concurrency=1 $files
