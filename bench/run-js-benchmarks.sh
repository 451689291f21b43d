#!/usr/bin/env bash
# Times the JavaScript micro-benchmarks in bench/js under Sable and under `node --jitless`
# (Node's interpreter tier) in one run, and prints the median of each and their ratio.
# Each benchmark prints a checksum; the two engines must print the same.
#
#   bench/run-js-benchmarks.sh [SABLE] [RUNS]
#     SABLE  the sable executable (default: build/release/stdlib/sable)
#     RUNS   runs per engine and benchmark, interleaved (default: 5)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
sable="${1:-$here/../build/release/stdlib/sable}"
runs="${2:-5}"
command -v node >/dev/null || { echo "node is not installed" >&2; exit 2; }
[ -x "$sable" ] || { echo "no sable executable at $sable" >&2; exit 2; }

# Seconds of one run of "$@", on stdout; the program's output goes to $out.
time_run() {
    local start end
    start=$(date +%s.%N)
    "$@" > "$out" 2>&1 || { echo "failed: $* ($(head -c 300 "$out"))" >&2; return 1; }
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { print b - a }' 
}
median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

out=$(mktemp)
trap 'rm -f "$out"' EXIT
printf '%-24s %10s %12s %8s\n' benchmark "sable (s)" "jitless (s)" ratio
status=0
for file in "$here"/js/*.js; do
    name=$(basename "$file" .js)
    sable_times=() node_times=()
    expected=$(node --jitless "$file" 2>/dev/null)
    for _ in $(seq "$runs"); do
        sable_times+=("$(time_run "$sable" "$file")")
        if [ "$(cat "$out")" != "$expected" ]; then
            echo "$name: sable printed '$(head -c 200 "$out")', node printed '$expected'" >&2
            status=1
        fi
        node_times+=("$(time_run node --jitless "$file")")
    done
    s=$(printf '%s\n' "${sable_times[@]}" | median)
    n=$(printf '%s\n' "${node_times[@]}" | median)
    printf '%-24s %10.3f %12.3f %8.2f\n' "$name" "$s" "$n" "$(awk -v a="$s" -v b="$n" 'BEGIN { print a / b }')"
done
exit $status
