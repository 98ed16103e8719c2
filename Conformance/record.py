#!/usr/bin/env python3
"""Record CPython 3.11's behaviour for every conformance case.

For each Conformance/<area>/<name>.py this writes <name>.expected.json beside it:
  parse_error    the SyntaxError/IndentationError/TabError raised by the parser alone
                 (ast.parse on the raw bytes), or null
  compile_error  an error raised only by the compiler (e.g. 'return' outside function), or null
  stdout         what `python3 <name>.py` printed (null when only the compiler rejects the file)
  stderr         what it printed on stderr (the traceback of an uncaught exception)
  exit_code      its exit status
  ast_dump       ast.dump() of the parsed module (null when it does not parse)
The expectations always come from running python3; never edit them by hand.
A case whose first lines contain `# conformance: parse-only` is parsed but not run.
Usage: python3 Conformance/record.py [paths...]   (default: every case)
"""
import ast
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))


def error_record(exc):
    return {
        "type": type(exc).__name__,
        "msg": exc.msg if isinstance(exc, SyntaxError) else str(exc),
        "lineno": getattr(exc, "lineno", None),
        "offset": getattr(exc, "offset", None),
    }


def cases(paths):
    if not paths:
        paths = [ROOT]
    for p in paths:
        if os.path.isdir(p):
            for dirpath, _, files in sorted(os.walk(p)):
                for f in sorted(files):
                    if f.endswith(".py") and os.path.join(dirpath, f) != os.path.join(ROOT, "record.py"):
                        yield os.path.join(dirpath, f)
        else:
            yield p


def record(path):
    with open(path, "rb") as f:
        source = f.read()
    name = os.path.basename(path)
    out = {"parse_error": None, "compile_error": None, "stdout": None, "stderr": None, "exit_code": None,
           "ast_dump": None}
    try:
        tree = ast.parse(source, name)
    except (SyntaxError, ValueError) as exc:
        out["parse_error"] = error_record(exc)
        if isinstance(exc, ValueError):  # NUL bytes: report what running the file says
            out["parse_error"] = {"type": "SyntaxError", "msg": "source code cannot contain null bytes",
                                  "lineno": None, "offset": None}
        tree = None
    if tree is not None:
        out["ast_dump"] = ast.dump(tree)
        try:
            compile(source, name, "exec")
        except SyntaxError as exc:
            out["compile_error"] = error_record(exc)
    head = source[:300].decode("utf-8", "replace")
    runnable = out["compile_error"] is None and "# conformance: parse-only" not in head
    # A file that fails to parse is run too: `python3 FILE` shows what `monty check FILE` must print.
    if (tree is not None and runnable) or tree is None:
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
        proc = subprocess.run([sys.executable, name], cwd=os.path.dirname(path), capture_output=True,
                              timeout=30, env=env, stdin=subprocess.DEVNULL)
        # Tracebacks name the script by its absolute path; keep only the name, as `monty NAME` prints it.
        folder = os.path.dirname(os.path.abspath(path)) + os.sep
        out["stdout"] = proc.stdout.decode("utf-8", "replace")
        out["stderr"] = proc.stderr.decode("utf-8", "replace").replace(folder, "")
        out["exit_code"] = proc.returncode
    with open(path[:-3] + ".expected.json", "w") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")


def main():
    n = 0
    for path in cases(sys.argv[1:]):
        record(path)
        n += 1
    print(f"recorded {n} cases")


if __name__ == "__main__":
    main()
