#!/usr/bin/env python3
"""Record CPython 3.11's output for every file-system case (Tests/FileSystemCases/<name>.py).

Each case runs with its current directory set to a fresh copy of the fixture below; Monty runs it with
the same fixture mounted read-write at /data, its current directory (FileSystemTests.testRecordedCases).
<name>.expected is what python3 printed, plus the last line of the traceback if the case failed.
The expectations always come from running python3; never edit them by hand.
Usage: python3 Tests/FileSystemCases/record.py [names...]
"""
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.abspath(__file__))

# Keep in step with FileSystemTests.makeFixture.
FIXTURE = {
    "a.txt": b"hello\nworld\n",
    "sub/b.txt": b"inner",
    "crlf.txt": b"ab\r\ncd\ref\n\xc3\xa9\n",
    "bad.bin": b"ab\xffcd",
    "empty/": None,
}


def make_fixture(directory):
    for name, content in FIXTURE.items():
        path = os.path.join(directory, name)
        os.makedirs(os.path.dirname(path) if content is not None else path, exist_ok=True)
        if content is not None:
            with open(path, "wb") as f:
                f.write(content)


def record(name):
    with tempfile.TemporaryDirectory() as d:
        make_fixture(d)
        r = subprocess.run([sys.executable, os.path.join(ROOT, name + ".py")], cwd=d, capture_output=True, text=True)
    out = r.stdout
    if r.returncode != 0:
        out += r.stderr.strip().splitlines()[-1] + "\n"
    with open(os.path.join(ROOT, name + ".expected"), "w") as f:
        f.write(out)


if __name__ == "__main__":
    names = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(ROOT) if f.endswith(".py") and f != "record.py")
    for n in names:
        record(n)
