#!/usr/bin/env bash
# Builds Sable (Release, warnings as errors, ccache), runs the GoogleTest and CLI suites through
# ctest, then test262: --parse-only over the whole suite, execution of test/language,
# test/harness, test/built-ins and test/annexB (without Temporal, which needs Intl), and a fixed
# sample of test/language under GC stress. Prints as its very last
# line the sum of all of them:
#   N passed, M failed
# Exits non-zero when the build fails, a unit test fails, or a test262 run fails that the
# expectations files (test262/expectations.txt, test262/expectations-execution.txt) do not list.
#
# Environment: SABLE_JOBS (build parallelism, default nproc), SABLE_TEST262_ROOT (the suite,
# default ../shared/test262 next to the repository), SABLE_TEST262_JOBS (runner threads).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$repo/build/release"
jobs=${SABLE_JOBS:-$(nproc)}
test262_root=${SABLE_TEST262_ROOT:-$repo/../shared/test262}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

say() { printf '== %s\n' "$*"; }

# Prints the first missing build dependency; fails (status 1) when nothing is missing.
missing_dependency() {
  local tool module file
  for tool in cmake ninja ccache pkg-config cc c++; do
    command -v "$tool" >/dev/null 2>&1 || { echo "$tool"; return 0; }
  done
  for module in icu-uc icu-i18n libuv gmp zlib libbrotlienc libbrotlidec openssl; do
    pkg-config --exists "$module" || { echo "pkg-config module $module"; return 0; }
  done
  for file in /usr/include/gtest/gtest.h /usr/include/benchmark/benchmark.h /usr/include/asmjit/asmjit.h \
      /usr/include/double-conversion/double-conversion.h /usr/share/llhttp/llhttp.c; do
    [[ -e $file ]] || { echo "$file"; return 0; }
  done
  return 1
}

# --- dependencies (a fresh Debian machine has none of them)
if missing=$(missing_dependency); then
  say "missing $missing: installing dependencies with scripts/install-deps.sh"
  if [[ $(id -u) -eq 0 ]]; then
    "$repo/scripts/install-deps.sh"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$repo/scripts/install-deps.sh"
  else
    echo "test.sh: missing $missing; run scripts/install-deps.sh as root" >&2
    exit 1
  fi
fi

# --- build
say "configuring $build"
cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSABLE_WERROR=ON -DSABLE_BUILD_TESTS=ON \
  -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
say "building with $jobs jobs"
cmake --build "$build" -j "$jobs"

# --- unit tests (GoogleTest, registered with ctest)
say "ctest"
set +e
ctest --test-dir "$build" --output-on-failure -j2 2>&1 | tee "$work/ctest.log"
ctest_status=${PIPESTATUS[0]}
set -e
# ctest ends with "100% tests passed, 0 tests failed out of 14", or says "No tests were found".
summary=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$work/ctest.log" | tail -n 1 || true)
if [[ $summary =~ ([0-9]+)\ tests?\ failed\ out\ of\ ([0-9]+) ]]; then
  ctest_failed=${BASH_REMATCH[1]}
  ctest_passed=$((BASH_REMATCH[2] - ctest_failed))
elif [[ $ctest_status -eq 0 ]]; then
  ctest_passed=0 ctest_failed=0 # no tests registered yet
else
  echo "test.sh: ctest failed (status $ctest_status) without a summary" >&2
  ctest_passed=0 ctest_failed=1
fi

# --- test262: parse-only over the whole suite, execution of test/language and test/harness,
# and the same language tests on a fixed sample under GC stress (a collection every 10
# allocations). Each run's last line is folded into the total.
test262_passed=0 test262_failed=0 test262_status=0 test262_skipped= test262_lines=()
run_test262() {
  local label=$1
  shift
  say "test262 $label ($test262_root)"
  local args=(--root "$test262_root" "$@")
  [[ -n ${SABLE_TEST262_JOBS:-} ]] && args+=(--jobs "$SABLE_TEST262_JOBS")
  set +e
  "$build/test262/sable-test262" "${args[@]}" 2>&1 | tee "$work/test262.log"
  local status=${PIPESTATUS[0]}
  set -e
  local last
  last=$(tail -n 1 "$work/test262.log")
  if [[ $last =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
    test262_passed=$((test262_passed + BASH_REMATCH[1]))
    test262_failed=$((test262_failed + BASH_REMATCH[2]))
    test262_lines+=("test262 $label: $last")
  else
    echo "test.sh: sable-test262 ($label) ended without its summary (status $status)" >&2
    test262_failed=$((test262_failed + 1))
    [[ $status -eq 0 ]] && status=1
  fi
  [[ $status -ne 0 ]] && test262_status=$status
  return 0
}
if [[ -d $test262_root/test ]]; then
  run_test262 "parse-only" --parse-only
  run_test262 "execution (language, harness, built-ins, annexB; Temporal excluded)" --exclude-feature Temporal \
    language harness built-ins annexB
  run_test262 "execution under --gc-stress=10 (every 10th language test)" --gc-stress=10 --sample-every 10 language
else
  # A CI run without the conformance suite would pass vacuously: fail instead.
  test262_skipped="MISSING: no suite at $test262_root (set SABLE_TEST262_ROOT)"
  echo "test.sh: error: test262 $test262_skipped" >&2
  test262_status=1
fi

say "summary"
echo "unit tests: $ctest_passed passed, $ctest_failed failed"
if [[ -n $test262_skipped ]]; then
  echo "test262: $test262_skipped"
else
  echo "test262 (failures listed in test262/expectations*.txt are expected):"
  printf '  %s\n' "${test262_lines[@]}"
fi
status=0
if [[ $ctest_status -ne 0 || $ctest_failed -ne 0 ]]; then
  echo "FAILED: unit tests"
  status=1
fi
if [[ $test262_status -ne 0 ]]; then
  echo "FAILED: test262 (new failures or a runner error; see above)"
  status=1
fi
echo "$((ctest_passed + test262_passed)) passed, $((ctest_failed + test262_failed)) failed"
exit $status
