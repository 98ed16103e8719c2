cases = [
    ValueError(),
    ValueError("one"),
    ValueError("one", 2),
    KeyError("key"),
    KeyError("a", "b"),
    OSError(2, "No such file"),
    Exception(None),
    Exception(""),
    IndexError(42),
]
for e in cases:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)


class WithFields(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail


err = WithFields(404, "not found")
print(str(err), repr(err), err.code)


class NoSuper(Exception):
    def __init__(self, msg):
        self.msg = msg


ns = NoSuper("hello")
print(repr(str(ns)), ns.args, ns.msg)

try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)

try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
