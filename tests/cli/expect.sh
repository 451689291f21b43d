#!/usr/bin/env bash
# Runs one command and checks its exit status and output (the CLI tests in CMakeLists.txt).
#
#   expect.sh [--status N] [--stdout FILE | --stdout-text TEXT | --stdout-empty]
#             [--stderr FILE | --stderr-text TEXT | --stderr-empty]
#             [--stdout-contains TEXT]... [--stderr-contains TEXT]... -- COMMAND [ARG...]
#
# FILE is an expected-output file, compared byte for byte. --*-text compares with TEXT plus
# one newline. --status defaults to 0. With SABLE_UPDATE_GOLDEN=1 in the environment, FILE
# expectations are rewritten from the actual output instead (review the diff before committing).
set -u

expected_status=0
stdout_file= stdout_text= stdout_text_given=0
stderr_file= stderr_text= stderr_text_given=0
stdout_contains=() stderr_contains=()

while [[ $# -gt 0 ]]; do
  case $1 in
    --status) expected_status=$2; shift 2 ;;
    --stdout) stdout_file=$2; shift 2 ;;
    --stderr) stderr_file=$2; shift 2 ;;
    --stdout-text) stdout_text=$2; stdout_text_given=1; shift 2 ;;
    --stderr-text) stderr_text=$2; stderr_text_given=1; shift 2 ;;
    --stdout-empty) stdout_text_given=2; shift ;;
    --stderr-empty) stderr_text_given=2; shift ;;
    --stdout-contains) stdout_contains+=("$2"); shift 2 ;;
    --stderr-contains) stderr_contains+=("$2"); shift 2 ;;
    --) shift; break ;;
    *) echo "expect.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
if [[ $# -eq 0 ]]; then
  echo "expect.sh: no command given (put it after --)" >&2
  exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$@" >"$work/stdout" 2>"$work/stderr"
status=$?
failures=0

fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# check_stream NAME ACTUAL FILE TEXT MODE CONTAINS...
check_stream() {
  local name=$1 actual=$2 file=$3 text=$4 mode=$5
  shift 5
  if [[ -n $file ]]; then
    if [[ ${SABLE_UPDATE_GOLDEN:-0} == 1 ]]; then
      cp "$actual" "$file"
      echo "updated $file"
    elif [[ ! -f $file ]]; then
      fail "$name: expected-output file $file does not exist"
    elif ! cmp -s "$file" "$actual"; then
      fail "$name differs from $file:"
      diff -u "$file" "$actual" | head -n 60
    fi
  fi
  if [[ $mode == 1 ]] && ! cmp -s <(printf '%s\n' "$text") "$actual"; then
    fail "$name: expected exactly"
    printf '%s\n' "$text" | sed 's/^/    /'
    echo "  got:"
    sed 's/^/    /' "$actual"
  fi
  if [[ $mode == 2 && -s $actual ]]; then
    fail "$name should be empty, got:"
    sed 's/^/    /' "$actual"
  fi
  local needle
  for needle in "$@"; do
    if ! grep -qF -- "$needle" "$actual"; then
      fail "$name does not contain: $needle"
    fi
  done
}

if [[ $status -ne $expected_status ]]; then
  fail "exit status $status, expected $expected_status"
fi
check_stream stdout "$work/stdout" "$stdout_file" "$stdout_text" "$stdout_text_given" ${stdout_contains[@]+"${stdout_contains[@]}"}
check_stream stderr "$work/stderr" "$stderr_file" "$stderr_text" "$stderr_text_given" ${stderr_contains[@]+"${stderr_contains[@]}"}

if [[ $failures -ne 0 ]]; then
  echo "command: $*"
  echo "--- stdout"; cat "$work/stdout"
  echo "--- stderr"; cat "$work/stderr"
  exit 1
fi
exit 0
