#!/usr/bin/env bash
# The C ABI end to end: builds Tests/cabi/test_monty.c against include/monty.h and the release
# libmonty, runs it, then runs the same scenarios from Python through ctypes. Exits nonzero on failure.
# Expects `swift build -c release --product libmonty` to have run (as .ci/run does).
#
# SwiftPM names the library file after the product, lib<product>.so, and the product cannot be called
# "monty" (the executable is), so the file is .build/release/liblibmonty.so. Its soname is libmonty.so;
# the symlink below gives it that name too, so that `-lmonty` finds it and the loader resolves it.
set -euo pipefail
cd "$(dirname "$0")/../.."

lib_dir="${MONTY_LIB_DIR:-.build/release}"
lib_dir="$(cd "$lib_dir" && pwd)"
if [ ! -f "$lib_dir/liblibmonty.so" ]; then
  echo "missing $lib_dir/liblibmonty.so: run swift build -c release --product libmonty" >&2
  exit 1
fi
ln -sf liblibmonty.so "$lib_dir/libmonty.so"

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
# `void *` for function pointers is POSIX (dlsym), not ISO C: hence no -pedantic.
cc="${CC:-$(command -v gcc || command -v cc)}"
"$cc" -std=c99 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Werror -O1 -g -Iinclude Tests/cabi/test_monty.c \
  -L"$lib_dir" -lmonty -Wl,-rpath,"$lib_dir" -lm -pthread -o "$out/test_monty"
# The header also compiles as C++ (the extern "C" guards).
if command -v "${CXX:-g++}" >/dev/null 2>&1; then
  echo '#include "monty.h"' | "${CXX:-g++}" -std=c++11 -Wall -Werror -Iinclude -x c++ -fsyntax-only -
fi
"$out/test_monty"
python3 Tests/cabi/test_ctypes.py "$lib_dir/libmonty.so"
