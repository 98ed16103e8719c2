"""The C ABI from Python through ctypes: the scenarios of test_monty.c, as a ctypes binding would
meet them (results, output, external calls, limits, native functions written in Python, snapshots,
misuse). Usage: python3 Tests/cabi/test_ctypes.py path/to/libmonty.so
"""
import ctypes
import ctypes.util
import json
import subprocess
import sys
import unittest
from ctypes import (CFUNCTYPE, POINTER, Structure, byref, c_bool, c_char_p, c_double, c_int, c_int32,
                    c_int64, c_size_t, c_uint8, c_uint32, c_uint64, c_void_p)

LIB_PATH = sys.argv.pop(1) if len(sys.argv) > 1 else ".build/release/libmonty.so"
lib = ctypes.CDLL(LIB_PATH)

MONTY_COMPLETE, MONTY_EXTERNAL_CALL, MONTY_ERROR = 0, 1, 2


class Limits(Structure):
    _fields_ = [("fuel", c_uint64), ("max_memory_bytes", c_uint64), ("max_recursion_depth", c_uint32),
                ("timeout_seconds", c_double), ("max_output_bytes", c_uint64), ("max_external_calls", c_uint64)]


def declare(name, restype, *argtypes):
    f = getattr(lib, name)
    f.restype = restype
    f.argtypes = list(argtypes)


# Strings the caller frees come back as c_void_p (c_char_p would copy and lose the pointer).
declare("monty_compile", c_void_p, c_char_p, c_char_p, c_char_p, c_char_p, POINTER(c_void_p))
declare("monty_program_register_native", c_int, c_void_p, c_char_p, c_void_p, c_char_p)
declare("monty_program_free", None, c_void_p)
declare("monty_start", c_void_p, c_void_p, c_char_p, POINTER(Limits))
declare("monty_run_status", c_int, c_void_p)
for name in ["monty_run_result_json", "monty_run_output", "monty_run_error_json", "monty_call_name",
             "monty_call_args_json", "monty_call_kwargs_json", "monty_snapshot_error_json"]:
    declare(name, c_char_p, c_void_p)
declare("monty_resume_value", c_int, c_void_p, c_char_p)
declare("monty_resume_error", c_int, c_void_p, c_char_p, c_char_p)
declare("monty_snapshot", c_int, c_void_p, POINTER(POINTER(c_uint8)), POINTER(c_size_t))
declare("monty_restore", c_void_p, POINTER(c_uint8), c_size_t, POINTER(c_void_p))
declare("monty_run_free", None, c_void_p)
declare("monty_string_free", None, c_void_p)
declare("monty_bytes_free", None, POINTER(c_uint8))


def take_string(p):
    """The text of a caller-owned string, freed."""
    if not p.value:
        return None
    text = ctypes.string_at(p.value).decode()
    lib.monty_string_free(p)
    return text


def compile_program(source, inputs=None, externals=None, filename="main.py"):
    """(program, None) or (None, error dict)."""
    error = c_void_p()
    p = lib.monty_compile(source.encode(), filename.encode(),
                          json.dumps(inputs).encode() if inputs is not None else None,
                          json.dumps(externals).encode() if externals is not None else None, byref(error))
    text = take_string(error)
    return p, (json.loads(text) if text else None)


class Run:
    """A run handle with the accessors decoded."""

    def __init__(self, handle):
        self.handle = handle

    def __del__(self):
        lib.monty_run_free(self.handle)

    @property
    def status(self):
        return lib.monty_run_status(self.handle)

    def _json(self, f):
        text = f(self.handle)
        return None if text is None else json.loads(text)

    @property
    def result(self):
        return self._json(lib.monty_run_result_json)

    @property
    def error(self):
        return self._json(lib.monty_run_error_json)

    @property
    def output(self):
        text = lib.monty_run_output(self.handle)
        return None if text is None else text.decode()

    @property
    def call(self):
        name = lib.monty_call_name(self.handle)
        if name is None:
            return None
        return (name.decode(), self._json(lib.monty_call_args_json), self._json(lib.monty_call_kwargs_json))

    def resume(self, value):
        return lib.monty_resume_value(self.handle, json.dumps(value).encode())

    def throw(self, type_, message):
        return lib.monty_resume_error(self.handle, type_.encode(), message.encode())


class Program:
    def __init__(self, source, inputs=None, externals=None):
        self.handle, error = compile_program(source, inputs, externals)
        assert self.handle, error
        self.keep = []

    def __del__(self):
        lib.monty_program_free(self.handle)

    def start(self, inputs=None, limits=None):
        return Run(lib.monty_start(self.handle, json.dumps(inputs).encode() if inputs is not None else None,
                                   byref(limits) if limits else None))

    def native(self, name, fn, signature):
        self.keep.append(fn)
        return lib.monty_program_register_native(self.handle, name.encode(), ctypes.cast(fn, c_void_p),
                                                 signature.encode())


class CompileTests(unittest.TestCase):
    def test_syntax_error(self):
        p, error = compile_program("x = (1,\n", filename="bad.py")
        self.assertIsNone(p)
        self.assertEqual(error["type"], "SyntaxError")
        self.assertEqual(error["message"], "'(' was never closed")
        self.assertIsNone(error["limit"])
        self.assertEqual(error["line"], 1)
        self.assertIn('File "bad.py", line 1', error["traceback"])

    def test_bad_names(self):
        p, error = compile_program("1", inputs=[1])
        self.assertIsNone(p)
        self.assertEqual(error["type"], "ValueError")
        self.assertIsNone(lib.monty_compile(None, None, None, None, None))


class RunTests(unittest.TestCase):
    def test_result_and_output(self):
        run = Program("print('hello', 42)\n[1, 2.5, 'x', None, (1, 2), {1: 'a'}, {'s'}, float('nan')]\n").start()
        self.assertEqual(run.status, MONTY_COMPLETE)
        self.assertEqual(run.result, [1, 2.5, "x", None, {"$tuple": [1, 2]}, {"$dict": [[1, "a"]]}, {"$set": ["s"]},
                                      {"$float": "nan"}])
        self.assertEqual(run.output, "hello 42\n")
        self.assertIsNone(run.error)
        self.assertIsNone(run.call)

    def test_inputs(self):
        p = Program("a * len(b)", inputs=["a", "b"])
        self.assertEqual(p.start({"a": 3, "b": {"$bytes": "AAEC"}}).result, 9)
        run = p.start({"a": 3})
        self.assertEqual(run.status, MONTY_ERROR)
        self.assertEqual(run.error["type"], "NameError")

    def test_runtime_error(self):
        run = Program("print('before')\n{}['k']\n").start()
        self.assertEqual(run.status, MONTY_ERROR)
        self.assertEqual(run.error, {
            "type": "KeyError", "message": "'k'", "limit": None, "line": 2,
            "traceback": "Traceback (most recent call last):\n  File \"main.py\", line 2, in <module>\n"
                         "    {}['k']\nKeyError: 'k'\n"})
        self.assertEqual(run.output, "before\n")


class ExternalCallTests(unittest.TestCase):
    def test_pause_and_resume_by_value(self):
        run = Program("r = fetch(1, 'two', k=[3])\nprint('got', r)\nr * 2\n", externals=["fetch"]).start()
        self.assertEqual(run.status, MONTY_EXTERNAL_CALL)
        self.assertEqual(run.call, ("fetch", [1, "two"], {"k": [3]}))
        self.assertNotEqual(lib.monty_resume_value(run.handle, b"not json"), 0)
        self.assertEqual(run.status, MONTY_EXTERNAL_CALL)
        self.assertEqual(run.resume(21), 0)
        self.assertEqual(run.result, 42)
        self.assertEqual(run.output, "got 21\n")
        self.assertNotEqual(run.resume(1), 0)  # not paused any more

    def test_resume_by_error(self):
        source = "try:\n    fetch()\nexcept KeyError as e:\n    r = 'caught ' + repr(e)\nr\n"
        run = Program(source, externals=["fetch"]).start()
        self.assertEqual(run.throw("KeyError", "missing"), 0)
        self.assertEqual(run.result, "caught KeyError('missing')")
        run = Program("fetch()\n", externals=["fetch"]).start()
        run.throw("ValueError", "bad")
        self.assertEqual(run.error["type"], "ValueError")
        self.assertEqual(run.error["message"], "bad")


class LimitTests(unittest.TestCase):
    def test_fuel(self):
        run = Program("while True:\n    pass\n").start(limits=Limits(fuel=1000))
        self.assertEqual(run.status, MONTY_ERROR)
        self.assertEqual(run.error["limit"], "fuel")

    def test_time_and_output(self):
        self.assertEqual(Program("while True:\n    pass\n").start(limits=Limits(timeout_seconds=0.05)).error["limit"],
                         "time")
        run = Program("while True:\n    print('x')\n").start(limits=Limits(max_output_bytes=10))
        self.assertEqual(run.error["limit"], "output")

    def test_zero_recursion_depth_is_the_default(self):
        source = "def f(n):\n    return n if n == 0 else f(n - 1)\nf(500)\n"
        self.assertEqual(Program(source).start(limits=Limits()).result, 0)
        self.assertEqual(Program(source).start(limits=Limits(max_recursion_depth=100)).error["type"],
                         "RecursionError")


class NativeTests(unittest.TestCase):
    def test_libm_pow(self):
        libm = ctypes.CDLL(ctypes.util.find_library("m"))
        p = Program("[c_pow(2.0, 10), c_pow(9, 0.5)]")
        self.assertEqual(p.native("c_pow", ctypes.cast(libm.pow, c_void_p), "d(dd)"), 0)
        self.assertEqual(p.start().result, [1024.0, 3.0])

    def test_python_callbacks(self):
        buffer = ctypes.create_string_buffer(256)

        @CFUNCTYPE(c_void_p, c_char_p)
        def shout(s):
            buffer.value = s.decode().upper().encode() + b"!"
            return ctypes.addressof(buffer)

        @CFUNCTYPE(c_int32, c_int32, c_int32)
        def add(a, b):
            return a + b

        @CFUNCTYPE(c_int64, c_int64)
        def neg(n):
            return -n

        @CFUNCTYPE(c_bool, c_bool)
        def invert(b):
            return not b

        p = Program("out = [shout('héllo'), add(2, -5), neg(1 << 40), invert(False)]\n"
                    "try:\n    add(1)\nexcept TypeError as e:\n    out.append(str(e))\n"
                    "try:\n    shout(b'x')\nexcept TypeError as e:\n    out.append(str(e))\nout\n")
        self.assertEqual(p.native("shout", shout, "s(s)"), 0)
        self.assertEqual(p.native("add", add, "i(ii)"), 0)
        self.assertEqual(p.native("neg", neg, "l(l)"), 0)
        self.assertEqual(p.native("invert", invert, "b(b)"), 0)
        self.assertNotEqual(p.native("bad", add, "i(iz)"), 0)
        run = p.start()
        self.assertEqual(run.status, MONTY_COMPLETE, run.error)
        self.assertEqual(run.result, ["HÉLLO!", -3, -(1 << 40), True, "add() takes exactly 2 arguments (1 given)",
                                      "shout() argument 1 must be str or None, not bytes"])


class SnapshotTests(unittest.TestCase):
    def snapshot(self, run):
        data, size = POINTER(c_uint8)(), c_size_t()
        self.assertEqual(lib.monty_snapshot(run.handle, byref(data), byref(size)), 0,
                         lib.monty_snapshot_error_json(run.handle))
        blob = ctypes.string_at(data, size.value)
        lib.monty_bytes_free(data)
        return blob

    def test_snapshot_restore_resume(self):
        run = Program("x = fetch(1)\nprint('x is', x)\nx + 1\n", externals=["fetch"]).start()
        blob = self.snapshot(run)
        buffer = (c_uint8 * len(blob)).from_buffer_copy(blob)
        error = c_void_p()
        restored = Run(lib.monty_restore(buffer, len(blob), byref(error)))
        self.assertIsNone(take_string(error))
        self.assertEqual(restored.call, ("fetch", [1], {}))
        self.assertEqual(restored.resume(41), 0)
        self.assertEqual(restored.result, 42)
        self.assertEqual(run.resume(1), 0)
        self.assertEqual(run.result, 2)

    def test_snapshot_resumes_in_another_process(self):
        source = ("total = 0\nseen = []\nfor i in range(3):\n    v = fetch(i, tag='t')\n    seen.append(v)\n"
                  "    total += v\n    print('got', v)\n{'total': total, 'seen': seen}\n")
        run = Program(source, externals=["fetch"]).start()
        self.assertEqual(run.call, ("fetch", [0], {"tag": "t"}))
        self.assertEqual(run.resume(10), 0)
        blob = self.snapshot(run)
        child = r"""
import ctypes, json, sys
from ctypes import POINTER, byref, c_char_p, c_int, c_size_t, c_uint8, c_void_p
lib = ctypes.CDLL(sys.argv[1])
for name, res, args in [("monty_restore", c_void_p, [POINTER(c_uint8), c_size_t, POINTER(c_void_p)]),
                        ("monty_run_status", c_int, [c_void_p]), ("monty_call_args_json", c_char_p, [c_void_p]),
                        ("monty_resume_value", c_int, [c_void_p, c_char_p]),
                        ("monty_run_result_json", c_char_p, [c_void_p]), ("monty_run_output", c_char_p, [c_void_p])]:
    f = getattr(lib, name); f.restype = res; f.argtypes = args
blob = sys.stdin.buffer.read()
buf = (c_uint8 * len(blob)).from_buffer_copy(blob)
err = c_void_p()
run = lib.monty_restore(buf, len(blob), byref(err))
assert run, "restore failed"
while lib.monty_run_status(run) == 1:
    (i,) = json.loads(lib.monty_call_args_json(run))
    lib.monty_resume_value(run, str(i * 10).encode())
print(json.dumps({"status": lib.monty_run_status(run), "result": json.loads(lib.monty_run_result_json(run)),
                  "output": lib.monty_run_output(run).decode()}))
"""
        done = subprocess.run([sys.executable, "-c", child, LIB_PATH], input=blob, capture_output=True, timeout=60)
        self.assertEqual(done.returncode, 0, done.stderr.decode())
        got = json.loads(done.stdout)
        self.assertEqual(got["status"], MONTY_COMPLETE)
        self.assertEqual(got["result"], {"total": 40, "seen": [10, 10, 20]})
        self.assertEqual(got["output"], "got 10\ngot 10\ngot 20\n")
        # The same run, resumed here, gives the same result.
        while run.status == 1:
            self.assertEqual(run.resume(run.call[1][0] * 10), 0)
        self.assertEqual(run.result, got["result"])

    def test_garbage_does_not_restore(self):
        error = c_void_p()
        buffer = (c_uint8 * 3)(1, 2, 3)
        self.assertIsNone(lib.monty_restore(buffer, 3, byref(error)))
        self.assertIn("type", json.loads(take_string(error)))


class MisuseTests(unittest.TestCase):
    def test_nulls(self):
        self.assertIsNone(lib.monty_start(None, None, None))
        self.assertEqual(lib.monty_run_status(None), MONTY_ERROR)
        for f in [lib.monty_run_result_json, lib.monty_run_output, lib.monty_run_error_json, lib.monty_call_name,
                  lib.monty_call_args_json, lib.monty_call_kwargs_json, lib.monty_snapshot_error_json]:
            self.assertIsNone(f(None))
        self.assertNotEqual(lib.monty_resume_value(None, b"1"), 0)
        self.assertNotEqual(lib.monty_resume_error(None, b"KeyError", None), 0)
        self.assertNotEqual(lib.monty_snapshot(None, None, None), 0)
        self.assertNotEqual(lib.monty_program_register_native(None, b"f", None, b"v()"), 0)
        lib.monty_program_free(None)
        lib.monty_run_free(None)
        lib.monty_string_free(None)
        lib.monty_bytes_free(None)

    def test_double_resume(self):
        run = Program("fetch()\n", externals=["fetch"]).start()
        self.assertEqual(run.resume(None), 0)
        self.assertEqual(run.status, MONTY_COMPLETE)
        self.assertNotEqual(run.resume(None), 0)
        self.assertNotEqual(run.throw("KeyError", "x"), 0)
        self.assertIsNone(run.result)  # the final statement was an expression: fetch() -> None


if __name__ == "__main__":
    unittest.main(verbosity=1)
