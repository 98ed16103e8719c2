#!/usr/bin/env python3
"""Runs the hostile corpus (Tests/hostile/*.py) under `monty` with resource limits and checks that the
sandbox survives every program.

Usage: python3 Tests/hostile_test.py [options] MONTY
       e.g. python3 Tests/hostile_test.py .build/release/monty

Each program runs as `MONTY --fuel N --max-memory SIZE --timeout S --max-output SIZE [--max-recursion-depth N]
FILE` (the limits are options of this script; pass `none` to leave a flag out), with stdin from /dev/null,
its directory as the working directory, two at a time. Per program it checks:
  crash   the process was not killed by a signal and exited with status 0 or 1
  hang    the wall time is at most timeout + --wall-slack; a process still running at timeout +
          --kill-after is killed (SIGKILL to its process group)
  memory  peak RSS (ru_maxrss from os.wait4) is at most max-memory + --rss-slack-mb
  output  stdout is at most max-output + 64 KiB
  expect  the `# expect: KIND` header on line 1 (KIND alternatives may be joined with `|`):
            ok               exit status 0
            limit            exit 1, stderr contains "limit exceeded" or "fuel" (memory/time/fuel/output)
            memory           exit 1, stderr contains "MemoryError"
            recursion        exit 1, the last stderr line starts with "RecursionError"
            error:NAME       exit 1, the last stderr line starts with NAME (then ":" or end of line)
            any-error        exit 1, the last stderr line is a Python exception line ("Name: message")
  leak    stdout+stderr contain none of: the first line of /etc/passwd, $HOME (if longer than 3
          characters and not in the program text), "uid=", the value of any environment variable
          longer than 8 characters (unless it is all digits or appears in the program text or the
          command line). A random canary variable is added to the child's environment.
Prints one line per failing program, then `N passed, M failed`; exits 1 if any failed.
"""
import argparse
import os
import re
import secrets
import selectors
import signal
import subprocess
import sys
import time
from multiprocessing.pool import ThreadPool

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "hostile")
HEAD_CAP = 16 << 20  # bytes of each stream kept from the start
TAIL_CAP = 1 << 20  # bytes of each stream kept from the end once the head is full
OUTPUT_SLACK = 64 << 10
EXCEPTION_LINE = re.compile(r"^[A-Za-z_][\w.]*(: |:$|$)")
KINDS = ("ok", "limit", "memory", "recursion", "any-error")


def parse_size(text):
    """'64MB' -> bytes. K/M/G suffixes (with or without B/iB) are taken as powers of 1024, the more
    generous reading, so the RSS and output checks never fail because of the unit convention."""
    m = re.fullmatch(r"\s*(\d+)\s*([kmg]?)(i?b)?\s*", text, re.I)
    if not m:
        raise argparse.ArgumentTypeError(f"bad size: {text!r}")
    return int(m.group(1)) * {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[m.group(2).lower()]


def is_none(value):
    return value is None or str(value).lower() in ("", "none")


class Capture:
    """One output stream: the first HEAD_CAP bytes, the last TAIL_CAP bytes after that, and the total."""

    def __init__(self):
        self.head = bytearray()
        self.tail = bytearray()
        self.total = 0

    def add(self, data):
        self.total += len(data)
        room = HEAD_CAP - len(self.head)
        if room > 0:
            self.head += data[:room]
            data = data[room:]
        if data:
            self.tail += data
            if len(self.tail) > 2 * TAIL_CAP:
                del self.tail[: len(self.tail) - TAIL_CAP]

    def text(self):
        if self.total <= HEAD_CAP:
            return self.head.decode("utf-8", "replace")
        tail = self.tail[-TAIL_CAP:]
        return (self.head.decode("utf-8", "replace") + "\n[... output truncated ...]\n"
                + tail.decode("utf-8", "replace"))


def read_expectation(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        first = f.readline().strip()
    m = re.fullmatch(r"#\s*expect:\s*(\S+)", first)
    if not m:
        return None
    kinds = m.group(1).split("|")
    for k in kinds:
        if k not in KINDS and not re.fullmatch(r"error:[A-Za-z_]\w*", k):
            return None
    return kinds


def last_line(text):
    for line in reversed(text.splitlines()):
        if line.strip():
            return line.rstrip()
    return ""


def kind_holds(kind, rc, stderr):
    last = last_line(stderr)
    if kind == "ok":
        return rc == 0
    if rc != 1:
        return False
    if kind == "limit":
        return re.search(r"limit exceeded|fuel", stderr, re.I) is not None
    if kind == "memory":
        return "MemoryError" in stderr
    if kind == "recursion":
        return last.startswith("RecursionError")
    if kind == "any-error":
        return EXCEPTION_LINE.match(last) is not None
    name = kind[len("error:"):]
    return last == name or last.startswith(name + ":")


def host_secrets(env):
    """(label, value) pairs that must never appear in a program's output."""
    found = [("uid=", "uid=")]
    try:
        with open("/etc/passwd", encoding="utf-8", errors="replace") as f:
            line = f.readline().strip()
        if line:
            found.append(("the first line of /etc/passwd", line))
    except OSError:
        pass
    home = env.get("HOME", "")
    if len(home) > 3:
        found.append(("$HOME", home))
    for name, value in env.items():
        if name != "HOME" and len(value) > 8 and not value.isdigit():
            found.append((f"${name}", value))
    return found


def run_one(args, path, kinds, env, leak_values):
    name = os.path.basename(path)
    cmd = [args.monty]
    for flag, value in (("--fuel", args.fuel), ("--max-memory", args.max_memory), ("--timeout", args.timeout),
                        ("--max-output", args.max_output), ("--max-recursion-depth", args.max_recursion_depth)):
        if not is_none(value):
            cmd += [flag, str(value)]
    cmd += args.monty_arg + [name]
    with open(path, encoding="utf-8", errors="replace") as f:
        program = f.read()
    command_line = " ".join(cmd)

    start = time.monotonic()
    p = subprocess.Popen(cmd, cwd=os.path.dirname(path), env=env, stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    out, err = Capture(), Capture()
    sel = selectors.DefaultSelector()
    for stream, cap in ((p.stdout, out), (p.stderr, err)):
        os.set_blocking(stream.fileno(), False)
        sel.register(stream, selectors.EVENT_READ, cap)
    kill_at = start + args.hard_timeout
    status = rusage = None
    wall = None
    killed = False
    drained_by = None
    while True:
        for key, _ in sel.select(timeout=0.02):
            try:
                data = os.read(key.fileobj.fileno(), 1 << 16)
            except BlockingIOError:
                continue
            if data:
                key.data.add(data)
            else:
                sel.unregister(key.fileobj)
        if status is None:
            pid, st, ru = os.wait4(p.pid, os.WNOHANG)
            if pid == p.pid:
                status, rusage = st, ru
                wall = time.monotonic() - start
                p.returncode = os.waitstatus_to_exitcode(st)  # reaped here; Popen must not wait again
                drained_by = time.monotonic() + 2
            elif time.monotonic() > kill_at and not killed:
                killed = True
                try:
                    os.killpg(p.pid, signal.SIGKILL)  # not yet reaped, so the pid is still ours
                except ProcessLookupError:
                    pass
        if status is not None and (not sel.get_map() or time.monotonic() > drained_by):
            break
    sel.close()
    p.stdout.close()
    p.stderr.close()

    stdout, stderr = out.text(), err.text()
    reasons = []
    if killed:
        reasons.append(f"hang: still running after {args.hard_timeout:.0f} s, killed")
    elif os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        reasons.append(f"crash: killed by signal {signal.Signals(sig).name if sig in signal.valid_signals() else sig}")
    rc = os.WEXITSTATUS(status) if os.WIFEXITED(status) else None
    if rc is not None and rc not in (0, 1):
        reasons.append(f"crash: exit status {rc}")
    if not killed and args.timeout_seconds is not None and wall > args.timeout_seconds + args.wall_slack:
        reasons.append(f"hang: wall time {wall:.1f} s > timeout {args.timeout_seconds:g} s + {args.wall_slack:g} s")
    rss = rusage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    if args.memory_bytes is not None and rss > args.memory_bytes + args.rss_slack_mb * (1 << 20):
        reasons.append(f"memory: peak RSS {rss / (1 << 20):.0f} MiB > max-memory {args.memory_bytes / (1 << 20):.0f} MiB"
                       f" + {args.rss_slack_mb} MiB")
    if args.output_bytes is not None and out.total > args.output_bytes + OUTPUT_SLACK:
        reasons.append(f"output: {out.total} bytes on stdout > max-output {args.output_bytes} + {OUTPUT_SLACK}")
    leaked = [label for label, value in leak_values
              if value not in program and value not in command_line and (value in stdout or value in stderr)]
    if leaked:
        reasons.append("leak: output contains " + ", ".join(leaked))
    if not killed and not any(kind_holds(k, rc, stderr) for k in kinds):
        got = "signal" if rc is None else f"exit {rc}"
        detail = "" if leaked else f", last stderr line {last_line(stderr)[:160]!r}"
        reasons.append(f"expected {'|'.join(kinds)}, got {got}{detail}")
    return name, reasons, wall, rss


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("monty", nargs="?", default=os.path.join(HERE, "..", ".build", "release", "monty"))
    ap.add_argument("--fuel", default="200000000")
    ap.add_argument("--max-memory", default="64MB")
    ap.add_argument("--timeout", default="5", help="seconds")
    ap.add_argument("--max-output", default="1MB")
    ap.add_argument("--max-recursion-depth", default=None, help="passed only when given")
    ap.add_argument("--monty-arg", action="append", default=[], help="extra argument before FILE (repeatable)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--wall-slack", type=float, default=3.0, help="seconds allowed past --timeout")
    ap.add_argument("--kill-after", type=float, default=10.0, help="seconds past --timeout before SIGKILL")
    ap.add_argument("--rss-slack-mb", type=int, default=150, help="MiB of RSS allowed past --max-memory")
    ap.add_argument("-k", dest="filters", action="append", default=[], help="run programs whose name contains this")
    ap.add_argument("--list-expectations", action="store_true", help="print each program's expectation and exit")
    ap.add_argument("-v", "--verbose", action="store_true", help="also print passing programs")
    args = ap.parse_args()

    paths = sorted(os.path.join(CORPUS, f) for f in os.listdir(CORPUS) if f.endswith(".py"))
    if args.filters:
        paths = [p for p in paths if any(s in os.path.basename(p) for s in args.filters)]
    expectations = {p: read_expectation(p) for p in paths}
    if args.list_expectations:
        for p in paths:
            kinds = expectations[p]
            print(f"{os.path.basename(p):45} {'|'.join(kinds) if kinds else 'BAD HEADER'}")
        return 0

    args.monty = os.path.abspath(args.monty)
    if not os.access(args.monty, os.X_OK):
        print(f"not an executable: {args.monty}", file=sys.stderr)
        return 2
    args.timeout_seconds = None if is_none(args.timeout) else float(args.timeout)
    args.memory_bytes = None if is_none(args.max_memory) else parse_size(args.max_memory)
    args.output_bytes = None if is_none(args.max_output) else parse_size(args.max_output)
    args.hard_timeout = (args.timeout_seconds if args.timeout_seconds is not None else 30.0) + args.kill_after

    env = dict(os.environ)
    env["MONTY_HOSTILE_CANARY"] = "canary-" + secrets.token_hex(16)
    leak_values = host_secrets(env)

    passed = failed = 0
    bad = [p for p in paths if expectations[p] is None]
    for p in bad:
        failed += 1
        print(f"FAIL {os.path.basename(p)}: line 1 is not a valid `# expect: KIND` header")
    todo = [p for p in paths if expectations[p] is not None]
    with ThreadPool(max(1, args.jobs)) as pool:
        results = pool.imap_unordered(lambda p: run_one(args, p, expectations[p], env, leak_values), todo)
        for name, reasons, wall, rss in results:
            if reasons:
                failed += 1
                print(f"FAIL {name}: " + "; ".join(reasons), flush=True)
            else:
                passed += 1
                if args.verbose:
                    print(f"ok   {name} ({wall:.2f} s, {rss / (1 << 20):.0f} MiB)", flush=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
