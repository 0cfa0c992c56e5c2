#!/usr/bin/env bash
# Runs every test: GoogleTest (ctest), the package tests (node:test), the browser tests.
# Expects `bash scripts/build.sh` to have run (npm test does both).
set -euo pipefail
shopt -s extglob globstar

cd "$(dirname "${BASH_SOURCE[0]}")/.."

section() { printf '\n==== %s ====\n' "$*"; }

section "GoogleTest (ctest --test-dir build)"
ctest --test-dir build --output-on-failure

section "Package tests (node --test tests/js/)"
node --test --test-reporter=spec tests/js/

has_tests() {  # the file names node --test picks up in a folder
  local dir=$1 p
  for p in '*.test.?(c|m)js' '*-test.?(c|m)js' '*_test.?(c|m)js' 'test-*.?(c|m)js' 'test.?(c|m)js'; do
    compgen -G "$dir/**/$p" >/dev/null && return 0
    compgen -G "$dir/$p" >/dev/null && return 0
  done
  return 1
}

if [ -d tests/browser ] && has_tests tests/browser; then
  section "Browser tests (node --test tests/browser/)"
  node --test --test-reporter=spec tests/browser/
else
  section "Browser tests: none in tests/browser/, skipped"
fi

section "All tests passed"
