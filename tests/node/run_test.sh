#!/usr/bin/env bash
# Runs one tests/node script (NAME.js, or NAME.mjs) with an engine (sable, or node to check the suite itself) in
# tests/node and compares its stdout with NAME.expected and its exit status with NAME.status
# (0 when there is none). Both files come from running the script with node.
#   run_test.sh ENGINE NAME
set -u
engine=$1 name=$2
cd "$(dirname "$0")"
expected_status=0
[[ -f $name.status ]] && expected_status=$(<"$name.status")
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
script=$name.js
[[ -f $name.mjs ]] && script=$name.mjs
"$engine" "$script" >"$actual" 2>/dev/null
status=$?
failed=0
if ! cmp -s "$name.expected" "$actual"; then
  echo "FAIL: stdout differs from $name.expected:"
  diff "$name.expected" "$actual" | head -40
  failed=1
fi
if [[ $status != "$expected_status" ]]; then
  echo "FAIL: exit status $status, expected $expected_status"
  failed=1
fi
exit $failed
