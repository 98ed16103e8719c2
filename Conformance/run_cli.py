#!/usr/bin/env python3
"""Run the conformance suite through the `monty` command line and print `N passed, M failed`.

  python3 Conformance/run_cli.py [--syntax-only] [MONTY] [paths...]

MONTY defaults to .build/release/monty. Each case is compared with its <name>.expected.json, recorded
from CPython 3.11 by Conformance/record.py:
  - a case CPython's parser rejects: `monty check` must exit 1 with the same line and final message;
  - any other case: `monty ast` must print CPython's ast.dump;
  - a case only CPython's compiler rejects: `monty check` must report the same line and message;
  - unless --syntax-only: `monty FILE` must print the recorded stdout and exit with the recorded status
    (and, for an uncaught exception, end stderr with the same final line).
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))


def summary(report):
    lines = [l for l in report.splitlines() if l.strip()]
    line = None
    for l in lines:
        if l.startswith("  File ") and "line " in l:
            try:
                line = int(l.rsplit("line ", 1)[1].split(",")[0])
            except ValueError:
                pass
    return line, (lines[-1] if lines else "")


class Timeout:
    returncode = -1
    stdout = b""
    stderr = b"timed out"


def run(cmd, cwd):
    try:
        return subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=20, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return Timeout()


def check_case(monty, path, syntax_only):
    exp = json.load(open(path[:-3] + ".expected.json"))
    folder, name = os.path.split(path)
    if exp["parse_error"] is not None:
        r = run([monty, "check", name], folder)
        want = summary(exp["stderr"] or "")
        got = summary(r.stderr.decode("utf-8", "replace"))
        if r.returncode != 1 or got != want:
            return f"want {want}, got {got} (exit {r.returncode})"
        return None
    r = run([monty, "ast", name], folder)
    if r.returncode != 0:
        return "rejected: " + r.stderr.decode("utf-8", "replace").strip().splitlines()[-1:][0]
    if r.stdout.decode("utf-8", "replace").rstrip("\n") != exp["ast_dump"]:
        return "tree differs from ast.dump"
    if syntax_only:
        return None
    if exp["compile_error"] is not None:
        ce = exp["compile_error"]
        r = run([monty, "check", name], folder)
        want = (ce["lineno"], f"{ce['type']}: {ce['msg']}")
        got = summary(r.stderr.decode("utf-8", "replace"))
        if r.returncode != 1 or got != want:
            return f"want {want}, got {got} (exit {r.returncode})"
        return None
    if syntax_only or exp["stdout"] is None:
        return None
    r = run([monty, name], folder)
    if r.stdout.decode("utf-8", "replace") != exp["stdout"]:
        return "stdout differs"
    if isinstance(r, Timeout):
        return "timed out"
    if r.returncode != exp["exit_code"]:
        return f"exit {r.returncode}, want {exp['exit_code']}"
    if exp["exit_code"] != 0 and summary(r.stderr.decode("utf-8", "replace"))[1] != summary(exp["stderr"])[1]:
        return "final stderr line differs"
    return None


def main():
    args = sys.argv[1:]
    syntax_only = "--syntax-only" in args
    args = [a for a in args if a not in ("--syntax-only", "--update-passing")]
    monty = os.path.abspath(args.pop(0)) if args and not args[0].endswith(".py") and os.path.isfile(args[0]) \
        else os.path.abspath(".build/release/monty")
    targets = args or [ROOT]
    paths = []
    for t in targets:
        if os.path.isdir(t):
            for d, _, files in sorted(os.walk(t)):
                paths += [os.path.join(d, f) for f in sorted(files)
                          if f.endswith(".py") and os.path.exists(os.path.join(d, f[:-3] + ".expected.json"))]
        else:
            paths.append(t)
    passed = failed = 0
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        problems = list(pool.map(lambda p: check_case(monty, p, syntax_only), paths))
    for p, problem in zip(paths, problems):
        if problem is None:
            passed += 1
        else:
            failed += 1
            print(f"FAIL {os.path.relpath(p, ROOT)}: {problem}")
    if "--update-passing" in sys.argv:
        # The list the in-process Swift test holds the runtime to (it may only grow).
        with open(os.path.join(ROOT, "passing.txt"), "w") as f:
            f.write("# Cases that pass end to end today; ConformanceRunTests fails if any of them regresses.\n")
            f.write("# Regenerate with: python3 Conformance/run_cli.py .build/release/monty --update-passing\n")
            for p, problem in zip(paths, problems):
                if problem is None:
                    f.write(os.path.relpath(p, ROOT) + "\n")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
