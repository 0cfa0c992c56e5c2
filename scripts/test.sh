#!/usr/bin/env bash
# Runs every test: GoogleTest (ctest), the package tests (node:test), the browser tests.
# Expects `bash scripts/build.sh` to have run (npm test does both).
set -euo pipefail
shopt -s extglob globstar

cd "$(dirname "${BASH_SOURCE[0]}")/.."

section() { printf '\n==== %s ====\n' "$*"; }

# Each runner's output is kept so the last line can total all three for CI.
log_dir=$(mktemp -d)
trap 'rm -rf "$log_dir"' EXIT

section "GoogleTest (ctest --test-dir build)"
ctest --test-dir build --output-on-failure 2>&1 | tee "$log_dir/ctest.log"

section "Package tests (node --test tests/js/)"
node --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$log_dir/js.tap" tests/js/

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
  node --test --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$log_dir/browser.tap" tests/browser/
else
  section "Browser tests: none in tests/browser/, skipped"
fi

count() {  # count KIND FILE: the number a runner printed for passed or failed tests
  local kind=$1 file=$2
  [ -f "$file" ] || { echo 0; return; }
  case "$file" in
    *.tap) sed -n "s/^# $kind \([0-9]*\)$/\1/p" "$file" | tail -1 ;;
    *)
      if [ "$kind" = pass ]; then
        sed -n 's/^.*tests passed, \([0-9]*\) tests failed out of \([0-9]*\)$/\2 \1/p' "$file" | awk '{print $1-$2}'
      else
        sed -n 's/^.*tests passed, \([0-9]*\) tests failed out of.*$/\1/p' "$file"
      fi ;;
  esac
}
passed=0 failed=0
for f in "$log_dir/ctest.log" "$log_dir/js.tap" "$log_dir/browser.tap"; do
  p=$(count pass "$f"); q=$(count fail "$f")
  passed=$((passed + ${p:-0})); failed=$((failed + ${q:-0}))
done
section "All tests passed"
echo "$passed passed, $failed failed"
