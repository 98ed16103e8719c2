#!/usr/bin/env python3
"""Parsing throughput: generate a ~10 MB Python source and time `monty check` on it (best of N runs,
minus the start-up time of `monty check` on an empty file), next to CPython's own parser on the same file.

  python3 Benchmarks/parse_speed.py [MONTY] [--size-mb 10] [--runs 5]

The source is built from the valid programs of Conformance/ (each wrapped in a function so that
names do not collide), repeated until the size is reached. Prints MB/s for both.
"""
import ast
import glob
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def corpus():
    parts = []
    for path in sorted(glob.glob(os.path.join(ROOT, "Conformance", "**", "*.py"), recursive=True)):
        exp = path[:-3] + ".expected.json"
        if not os.path.exists(exp):
            continue
        record = json.load(open(exp))
        if record.get("ast_dump") is None or record.get("compile_error") is not None:
            continue
        src = open(path, encoding="utf-8").read()
        if "from __future__" in src:
            continue
        body = "".join("    " + line if line.strip() else line for line in src.splitlines(True))
        parts.append(f"def case_{len(parts)}():\n{body}\n    pass\n\n")
    return parts


def best_time(cmd, runs):
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True)
        best = min(best, time.perf_counter() - t)
        if r.returncode != 0:
            sys.exit(f"{' '.join(cmd)} failed:\n{r.stderr.decode()[-2000:]}")
    return best


def main():
    args = sys.argv[1:]
    size_mb = 10.0
    runs = 5
    if "--size-mb" in args:
        i = args.index("--size-mb"); size_mb = float(args[i + 1]); del args[i:i + 2]
    if "--runs" in args:
        i = args.index("--runs"); runs = int(args[i + 1]); del args[i:i + 2]
    monty = args[0] if args else os.path.join(ROOT, ".build", "release", "monty")
    parts = corpus()
    target = int(size_mb * 1_000_000)
    chunks, size, k = [], 0, 0
    while size < target:
        p = parts[k % len(parts)].replace("def case_", f"def r{k // len(parts)}_case_", 1)
        chunks.append(p); size += len(p.encode()); k += 1
    src = "".join(chunks)
    with tempfile.TemporaryDirectory() as d:
        big = os.path.join(d, "big.py")
        empty = os.path.join(d, "empty.py")
        open(big, "w", encoding="utf-8").write(src)
        open(empty, "w").close()
        mb = os.path.getsize(big) / 1e6
        startup = best_time([monty, "check", empty], runs)
        total = best_time([monty, "check", big], runs)
        phases = []
        for _ in range(runs):
            out = subprocess.run([monty, "bench-parse", big], capture_output=True, text=True).stdout.split()
            phases.append({out[i]: float(out[i + 1]) for i in range(0, len(out) - 1, 2)})
        best = min(phases, key=lambda p: p["tokenize_ms"] + p["parse_ms"])
        t = time.perf_counter(); ast.parse(src); cpy = time.perf_counter() - t
    parse = max(total - startup, 1e-9)
    print(f"source: {mb:.2f} MB ({len(parts)} distinct programs, {src.count(chr(10))} lines)")
    front = (best["tokenize_ms"] + best["parse_ms"]) / 1000
    print(f"monty in-process: tokenize {best['tokenize_ms']:.0f} ms ({mb / best['tokenize_ms'] * 1000:.0f} MB/s), "
          f"parse {best['parse_ms']:.0f} ms, release {best['release_ms']:.0f} ms")
    print(f"monty tokenize+parse: {mb / front:.1f} MB/s")
    print(f"monty check (whole process: read, parse, compile, free): {total * 1000:.1f} ms, "
          f"{startup * 1000:.1f} ms start-up -> {mb / parse:.1f} MB/s")
    print(f"CPython 3.11 ast.parse (in-process): {cpy * 1000:.1f} ms -> {mb / cpy:.1f} MB/s")


if __name__ == "__main__":
    main()
