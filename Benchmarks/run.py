#!/usr/bin/env python3
"""Run the programs of Benchmarks/programs/ under monty and python3 (and, if available,
pydantic's Monty) and print a markdown table of median wall times.

  python3 Benchmarks/run.py [PROGRAM ...] [--monty PATH] [--runs N] [--json]
                            [--pydantic-python PY] [--pydantic-mode cli|module]
                            [--no-pydantic] [--timeout SECONDS] [--list]

PROGRAM is a file name in Benchmarks/programs/ with or without `.py` (default: all).
Each program is run N times under every implementation, interleaved (python3, monty,
pydantic, python3, monty, ...), and the median wall time of each is taken, process
start-up included. monty's stdout must equal python3's: a difference shows as WRONG,
a non-zero exit or a timeout as FAIL; both are left out of the geometric mean.

The pydantic column is added when `--pydantic-python` names the python of a venv that
has `pydantic-monty` installed, or when Benchmarks/.venv/bin/python exists (see
Benchmarks/README.md). In `cli` mode (the default) each program is run by the `monty`
binary of that venv (`monty FILE`, like ours); in `module` mode a fresh python process
imports `pydantic_monty` and feeds the file's source to a worker with
`Monty().checkout().feed_run(...)`, which adds that python's start-up and the worker
spawn to every run.

The runner is a measurement tool: it exits 0 whatever monty does.
"""
import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS = os.path.join(HERE, "programs")
DEFAULT_VENV_PYTHON = os.path.join(HERE, ".venv", "bin", "python")

# Runs one program's source through pydantic_monty's Python API in a fresh worker,
# forwarding the sandbox's print() output to this process's stdout/stderr.
PYDANTIC_WRAPPER = r'''
import sys
from pydantic_monty import Monty

path = sys.argv[1]
with open(path, encoding="utf-8") as f:
    src = f.read()


def forward(stream, text):
    (sys.stdout if stream == "stdout" else sys.stderr).write(text)


with Monty(min_processes=1, max_processes=1) as pool:
    with pool.checkout(script_name=path.replace("\\", "/").rsplit("/", 1)[-1]) as session:
        session.feed_run(src, print_callback=forward)
sys.stdout.flush()
'''

# Prints where the venv's pydantic_monty finds its `monty` worker binary.
FIND_BINARY = r'''
import pydantic_monty
try:
    from pydantic_monty._binary import find_monty_binary
    print(find_monty_binary())
except Exception:
    print("")
print("version=" + str(getattr(pydantic_monty, "__version__", "?")))
'''


def log(*args):
    print(*args, file=sys.stderr, flush=True)


def resolve_executable(path):
    """A path as given (relative to the cwd, then to the repo root), or a name on PATH."""
    if os.sep in path or (os.altsep and os.altsep in path):
        for candidate in (os.path.abspath(path), os.path.join(ROOT, path)):
            if os.path.isfile(candidate):
                return candidate
        return None
    return shutil.which(path)


def list_programs():
    return sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py"))


def run_once(cmd, timeout):
    """(seconds, returncode, stdout, stderr); returncode None on a timeout or spawn error."""
    start = time.perf_counter()
    try:
        r = subprocess.run(cmd, cwd=PROGRAMS, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return time.perf_counter() - start, None, e.stdout or b"", b"timed out after %gs" % timeout
    except OSError as e:
        return 0.0, None, b"", str(e).encode()
    return time.perf_counter() - start, r.returncode, r.stdout, r.stderr


def first_line(data, limit=160):
    text = data.decode("utf-8", "replace").strip()
    lines = [line for line in text.splitlines() if line.strip()]
    # The last line of a traceback says the most.
    line = lines[-1] if lines else ""
    return line if len(line) <= limit else line[:limit - 3] + "..."


def setup_pydantic(args):
    """Returns (command prefix, description) for the pydantic column, or (None, reason)."""
    if args.no_pydantic:
        return None, "disabled by --no-pydantic"
    py = args.pydantic_python
    explicit = py is not None
    if py is None:
        if not os.path.isfile(DEFAULT_VENV_PYTHON):
            return None, "not found (pass --pydantic-python, see Benchmarks/README.md)"
        py = DEFAULT_VENV_PYTHON
    py_path = resolve_executable(py)
    if py_path is None:
        return None, f"python not found: {py}"
    try:
        probe = subprocess.run([py_path, "-c", FIND_BINARY], capture_output=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        return None, f"{py_path} did not run: {e}"
    sibling = os.path.join(os.path.dirname(py_path), "monty")
    if probe.returncode != 0 and args.pydantic_mode == "cli" and os.path.isfile(sibling):
        # A venv with only pydantic-monty-runtime: the binary without the Python module.
        return [sibling], f"pydantic-monty-runtime: {sibling} FILE (cli)"
    if probe.returncode != 0:
        why = first_line(probe.stderr)
        if explicit:
            log(f"warning: pydantic_monty cannot be imported by {py_path}: {why}")
        return None, f"pydantic_monty not importable by {py_path}: {why}"
    out = probe.stdout.decode().splitlines()
    binary = out[0].strip() if out else ""
    version = out[1].split("=", 1)[1] if len(out) > 1 else "?"
    if args.pydantic_mode == "module":
        fd, wrapper = tempfile.mkstemp(prefix="pydantic_monty_wrapper_", suffix=".py")
        with os.fdopen(fd, "w") as f:
            f.write(PYDANTIC_WRAPPER)
        args._cleanup.append(wrapper)
        return [py_path, wrapper], f"pydantic-monty {version} via {py_path} (module: feed_run)"
    if not binary or not os.path.isfile(binary):
        if os.path.isfile(sibling):
            binary = sibling
        else:
            return None, f"no monty binary next to {py_path} (install pydantic-monty-runtime)"
    return [binary], f"pydantic-monty {version}: {binary} FILE (cli)"


def measure(program, impls, runs, timeout):
    """Runs one program under every implementation, interleaved.

    impls: list of (key, command prefix). python3 must be first: its first output is the
    reference. Returns {key: {"times": [...], "status": ..., "detail": ...}}."""
    path = os.path.join(PROGRAMS, program + ".py")
    results = {key: {"times": [], "status": "ok", "detail": ""} for key, _ in impls}
    reference = None
    for _ in range(runs):
        for key, prefix in impls:
            res = results[key]
            if res["status"] != "ok":
                continue  # a failing implementation is not run again for this program
            seconds, rc, out, err = run_once(prefix + [path], timeout)
            if rc != 0:
                res["status"] = "FAIL"
                res["detail"] = (f"exit {rc}: " if rc is not None else "") + first_line(err)
                continue
            if key == "python3":
                if reference is None:
                    reference = out
                elif out != reference:
                    res["status"] = "WRONG"
                    res["detail"] = "python3's output differs between runs (not deterministic)"
                    continue
            elif out != reference:
                res["status"] = "WRONG"
                res["detail"] = describe_mismatch(reference, out)
                continue
            res["times"].append(seconds)
        if results["python3"]["status"] != "ok":
            break
    for res in results.values():
        res["median_s"] = statistics.median(res["times"]) if res["status"] == "ok" and res["times"] else None
    return results


def describe_mismatch(expected, got):
    exp = expected.decode("utf-8", "replace").splitlines()
    act = got.decode("utf-8", "replace").splitlines()
    for i in range(max(len(exp), len(act))):
        e = exp[i] if i < len(exp) else "<missing>"
        a = act[i] if i < len(act) else "<missing>"
        if e != a:
            return f"line {i + 1}: expected {e[:70]!r}, got {a[:70]!r}"
    return "output differs (trailing whitespace or newlines)"


def geomean(values):
    values = [v for v in values if v is not None and v > 0]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def fmt_ms(res, fail="FAIL"):
    if res is None:
        return "n/a"
    if res["status"] == "FAIL":
        return fail
    if res["status"] != "ok":
        return res["status"]
    return f"{res['median_s'] * 1000:.0f}"


def fmt_ratio(x):
    return "" if x is None else f"{x:.2f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("programs", nargs="*", help="programs to run (default: all)")
    parser.add_argument("--monty", default=".build/release/monty",
                        help="the monty executable (default: .build/release/monty of the repo)")
    parser.add_argument("--python", default=sys.executable or "python3",
                        help="the reference python3 (default: the one running this script)")
    parser.add_argument("--runs", type=int, default=5, help="runs of each program per implementation (default 5)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before a run counts as FAIL (default 120)")
    parser.add_argument("--pydantic-python", help="python of a venv with pydantic-monty installed "
                        f"(default: {os.path.relpath(DEFAULT_VENV_PYTHON, ROOT)} if it exists)")
    parser.add_argument("--pydantic-mode", choices=("cli", "module"), default="cli",
                        help="cli: run the venv's monty binary on the file (default); "
                             "module: feed the source through `import pydantic_monty` in a fresh python")
    parser.add_argument("--no-pydantic", action="store_true", help="leave out the pydantic column")
    parser.add_argument("--json", action="store_true", help="print JSON instead of the markdown table")
    parser.add_argument("--list", action="store_true", help="list the programs and exit")
    args = parser.parse_args()
    args._cleanup = []

    available = list_programs()
    if args.list:
        print("\n".join(available))
        return 0
    selected = []
    for name in args.programs or available:
        name = os.path.basename(name)
        name = name[:-3] if name.endswith(".py") else name
        if name not in available:
            parser.error(f"unknown program {name!r}; available: {', '.join(available)}")
        selected.append(name)
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    python = resolve_executable(args.python)
    if python is None:
        parser.error(f"python not found: {args.python}")
    monty = resolve_executable(args.monty)
    monty_note = monty or f"not found: {args.monty}"
    try:
        pyd_cmd, pyd_note = setup_pydantic(args)
        impls = [("python3", [python]),
                 ("monty", [monty] if monty else [os.path.join(ROOT, args.monty)])]
        if pyd_cmd:
            impls.append(("pydantic", pyd_cmd))
        log(f"python3: {python}\nmonty: {monty_note}\npydantic: {pyd_note}\nruns: {args.runs}")

        rows = []
        for program in selected:
            log(f"running {program} ...")
            res = measure(program, impls, args.runs, args.timeout)
            py = res["python3"]
            row = {"program": program, "python3": py, "monty": res["monty"],
                   "pydantic": res.get("pydantic")}
            base = py["median_s"]
            for key in ("monty", "pydantic"):
                r = res.get(key)
                ok = base is not None and r is not None and r["median_s"] is not None
                row[key + "_ratio"] = r["median_s"] / base if ok else None
            rows.append(row)
    finally:
        for path in args._cleanup:
            try:
                os.unlink(path)
            except OSError:
                pass

    gm_monty = geomean([r["monty_ratio"] for r in rows])
    gm_pyd = geomean([r["pydantic_ratio"] for r in rows]) if pyd_cmd else None
    both = [r["monty"]["median_s"] / r["pydantic"]["median_s"] for r in rows
            if pyd_cmd and r["monty"]["median_s"] is not None and r["pydantic"]["median_s"] is not None]
    gm_vs_pyd = geomean(both)

    if args.json:
        def impl_json(r):
            if r is None:
                return None
            return {"status": r["status"], "median_ms": None if r["median_s"] is None else r["median_s"] * 1000,
                    "times_ms": [t * 1000 for t in r["times"]], "detail": r["detail"]}
        out = {
            "runs": args.runs,
            "python3": python,
            "monty": monty_note,
            "pydantic": pyd_note if pyd_cmd else None,
            "programs": [{
                "program": r["program"],
                "python3": impl_json(r["python3"]),
                "monty": impl_json(r["monty"]),
                "pydantic": impl_json(r["pydantic"]),
                "monty_ratio": r["monty_ratio"],
                "monty_speedup": None if not r["monty_ratio"] else 1 / r["monty_ratio"],
                "pydantic_ratio": r["pydantic_ratio"],
            } for r in rows],
            "geomean_monty_ratio": gm_monty,
            "geomean_monty_ratio_count": sum(1 for r in rows if r["monty_ratio"] is not None),
            "geomean_pydantic_ratio": gm_pyd,
            "geomean_pydantic_ratio_count": sum(1 for r in rows if r["pydantic_ratio"] is not None),
            "geomean_monty_vs_pydantic": gm_vs_pyd,
            "geomean_monty_vs_pydantic_count": len(both),
        }
        print(json.dumps(out, indent=2))
        return 0

    header = ["program", "python3 (ms)", "monty (ms)", "monty/python3 (lower is better)", "speed-up (python3/monty)"]
    if pyd_cmd:
        header += ["pydantic-monty (ms)", "pydantic/python3"]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join([" --- "] + [" ---: "] * (len(header) - 1)) + "|"]
    for r in rows:
        cells = [r["program"], fmt_ms(r["python3"]), fmt_ms(r["monty"]), fmt_ratio(r["monty_ratio"]),
                 "" if not r["monty_ratio"] else f"{1 / r['monty_ratio']:.2f}x"]
        if pyd_cmd:
            cells += [fmt_ms(r["pydantic"], fail="n/a"), fmt_ratio(r["pydantic_ratio"])]
        lines.append("| " + " | ".join(cells) + " |")
    print("\n".join(lines))
    print()
    n_ok = sum(1 for r in rows if r["monty_ratio"] is not None)
    if gm_monty is None:
        print(f"geometric mean monty/python3: n/a (0 of {len(rows)} programs ran correctly)")
    else:
        print(f"geometric mean monty/python3: {gm_monty:.2f} (speed-up {1 / gm_monty:.2f}x) "
              f"over {n_ok} of {len(rows)} programs")
    if pyd_cmd:
        n_pyd = sum(1 for r in rows if r["pydantic_ratio"] is not None)
        if gm_pyd is None:
            print(f"geometric mean pydantic/python3: n/a (0 of {len(rows)} programs ran correctly)")
        else:
            print(f"geometric mean pydantic/python3: {gm_pyd:.2f} over {n_pyd} of {len(rows)} programs")
        if gm_vs_pyd is not None:
            print(f"geometric mean monty/pydantic: {gm_vs_pyd:.2f} over the {len(both)} programs both ran correctly")
    print(f"\npython3: {python}; monty: {monty_note}; pydantic: {pyd_note}; median of {args.runs} runs, wall time incl. start-up")
    notes = []
    for r in rows:
        for key in ("python3", "monty", "pydantic"):
            res = r[key]
            if res is not None and res["status"] != "ok":
                notes.append(f"- {r['program']} / {key}: {res['status']}: {res['detail']}")
    if notes:
        print("\n" + "\n".join(notes))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
