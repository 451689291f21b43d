#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan, build/fuzz) and runs one of them.
#
#   scripts/fuzz.sh [parser|regexp|json] [seconds] [extra corpus dirs or libFuzzer flags...]
#
# Defaults: parser, 600 seconds. Runs with -max_len=4096 -timeout=10 -rss_limit_mb=4096 and the
# target's dictionary (tests/fuzz/<target>.dict or js.dict). New inputs go to
# build/fuzz/corpus/<target> (the repository's seeds in tests/fuzz/corpus/<target> are only
# read); crashes, timeouts and leaks to build/fuzz/artifacts/<target>/. Extra directories are read
# as further corpus, e.g. for the parser:
#   scripts/fuzz.sh parser 600 ../shared/test262/test/language
# To replay an artifact: build/fuzz/tests/fuzz/parser_fuzzer build/fuzz/artifacts/parser/crash-...
#
# Environment: SABLE_JOBS (build parallelism, default 1), SABLE_FUZZ_BUILD (build folder).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
target=${1:-parser}
seconds=${2:-600}
shift $(( $# >= 2 ? 2 : $# ))
case $target in
  parser | regexp | json) ;;
  *) echo "usage: scripts/fuzz.sh [parser|regexp|json] [seconds] [extra corpus dirs or -flags...]" >&2; exit 2 ;;
esac
[[ $seconds =~ ^[0-9]+$ ]] || { echo "fuzz.sh: seconds must be a number, not '$seconds'" >&2; exit 2; }

build=${SABLE_FUZZ_BUILD:-$repo/build/fuzz}
jobs=${SABLE_JOBS:-1}
fuzzer="$build/tests/fuzz/${target}_fuzzer"

if [[ ! -f $build/CMakeCache.txt ]]; then
  echo "== configuring $build (clang, Sanitize, SABLE_BUILD_FUZZERS=ON)"
  CC=${CC:-clang} CXX=${CXX:-clang++} cmake -S "$repo" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=Sanitize -DSABLE_BUILD_FUZZERS=ON -DSABLE_BUILD_TESTS=ON >/dev/null
fi
echo "== building ${target}_fuzzer with $jobs jobs"
cmake --build "$build" --target "${target}_fuzzer" -j "$jobs"

corpus="$build/corpus/$target"
artifacts="$build/artifacts/$target"
mkdir -p "$corpus" "$artifacts"

dict="$repo/tests/fuzz/$target.dict"
[[ $target == parser ]] && dict="$repo/tests/fuzz/js.dict"
args=(-max_len=4096 -timeout=10 -rss_limit_mb=4096 -max_total_time="$seconds" -print_final_stats=1
  -artifact_prefix="$artifacts/")
[[ -f $dict ]] && args+=(-dict="$dict")

seeds=()
[[ -d $repo/tests/fuzz/corpus/$target ]] && seeds+=("$repo/tests/fuzz/corpus/$target")
extra_dirs=() extra_flags=()
for arg in "$@"; do
  if [[ $arg == -* ]]; then extra_flags+=("$arg"); else extra_dirs+=("$arg"); fi
done

echo "== running ${target}_fuzzer for ${seconds}s"
# A leak is a bug too; halt_on_error keeps the first report readable.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
exec "$fuzzer" "${args[@]}" "${extra_flags[@]}" "$corpus" "${seeds[@]}" "${extra_dirs[@]}"
