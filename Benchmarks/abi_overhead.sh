#!/usr/bin/env bash
# Builds and runs Benchmarks/abi_overhead.c against the release libmonty (see Tests/cabi/run.sh for
# the library's file name).
#   Benchmarks/abi_overhead.sh [N]              the table: µs and allocations per operation
#   Benchmarks/abi_overhead.sh --instructions   instructions per operation, counted by callgrind as
#                                               the difference between 2N and N operations (no setup)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f .build/release/liblibmonty.so ] || swift build -c release --product libmonty
ln -sf liblibmonty.so .build/release/libmonty.so
lib_dir="$(pwd)/.build/release"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
${CC:-gcc} -std=c99 -O2 -Wall -Iinclude -rdynamic Benchmarks/abi_overhead.c -L"$lib_dir" -lmonty \
  -Wl,-rpath,"$lib_dir" -lm -o "$out/abi_overhead"

if [ "${1:-}" != "--instructions" ]; then
  exec "$out/abi_overhead" "$@"
fi
instructions() {  # total instructions of `abi_overhead --only $1 $2`
  SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file=/dev/null "$out/abi_overhead" --only "$1" "$2" 2>&1 \
    | sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
}
per_op() {  # instructions per operation $1, over $2 extra operations
  local a b; a=$(instructions "$1" "$2"); b=$(instructions "$1" $(( 2 * $2 )))
  echo $(( (b - a) / $2 ))
}
printf '| %-52s | %14s |\n' "operation" "instructions"
printf '|%s|%s|\n' "------------------------------------------------------" "----------------"
printf '| %-52s | %14s |\n' "compile + start + status + free of \`1 + 1\`" "$(per_op compile 50)"
printf '| %-52s | %14s |\n' "re-run: monty_start + status + free" "$(per_op rerun 50)"
printf '| %-52s | %14s |\n' "re-run + monty_run_result_json" "$(per_op result 50)"
trip=$(per_op external 50); rerun=$(per_op rerun 50)
printf '| %-52s | %14s |\n' "external call: start, pause, args, resume, done" "$trip"
printf '| %-52s | %14s |\n' "  of which pause + resume (minus re-run)" "$(( trip - rerun ))"
native=$(per_op native 10); plain=$(per_op plain 10)
printf '| %-52s | %14s |\n' "native d(dd) call via libffi (each, in a loop)" "$(( (native - plain) / 1000 ))"
