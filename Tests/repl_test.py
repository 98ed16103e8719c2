#!/usr/bin/env python3
"""End-to-end test of the `monty` REPL under a pseudo-terminal (readline, prompts, multi-line blocks,
echoed values, tracebacks that do not leave the REPL, Ctrl-C interrupting a running loop, Ctrl-D exit).
Usage: python3 Tests/repl_test.py .build/release/monty   — prints `N passed, M failed`, exits 1 on failure.
"""
import os
import pty
import select
import sys
import tempfile
import time

monty = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/release/monty")
home = tempfile.mkdtemp()
pid, fd = pty.fork()
if pid == 0:
    os.environ["HOME"] = home
    os.execv(monty, [monty])


def read_until(token, timeout=10):
    buf = b""
    end = time.time() + timeout
    while time.time() < end and token not in buf:
        r, _, _ = select.select([fd], [], [], 0.1)
        if r:
            try:
                buf += os.read(fd, 4096)
            except OSError:
                break
    return buf.decode(errors="replace").replace("\x1b[?2004h", "").replace("\x1b[?2004l", "")


passed = failed = 0


def check(name, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {name}: {detail!r}")


check("banner and prompt", ">>> " in read_until(b">>> "))
steps = [
    ("1 + 2", b">>> ", "3\r\n"),
    ("def f(x):", b"... ", "... "),
    ("    return x * 2", b"... ", "... "),
    ("", b">>> ", ">>> "),
    ("f(21)", b">>> ", "42\r\n"),
    ("[f(i) for i in range(3)]", b">>> ", "[0, 2, 4]\r\n"),
    ("1/0", b">>> ", "ZeroDivisionError: division by zero"),
    ("x = 5", b">>> ", ">>> "),
    ("x + 1", b">>> ", "6\r\n"),
    ("None", b">>> ", "None\r\n>>> "),
]
for line, token, expect in steps:
    os.write(fd, (line + "\r").encode())
    out = read_until(token)
    if expect == "None\r\n>>> ":
        check(f"{line!r} echoes nothing", "None\r\n" not in out.split("\r\n", 1)[-1], out)
    else:
        check(repr(line), expect in out, out)
os.write(fd, b"while True: pass\r\r")
time.sleep(0.5)
os.write(fd, b"\x03")
out = read_until(b">>> ")
check("Ctrl-C interrupts", "KeyboardInterrupt" in out, out)
os.write(fd, b"x\r")
check("session survives interrupt", "5\r\n" in read_until(b">>> "))
os.write(fd, b"\x04")
_, status = os.waitpid(pid, 0)
check("Ctrl-D exits 0", os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, status)
check("history persisted", os.path.exists(os.path.join(home, ".monty_history")))
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
