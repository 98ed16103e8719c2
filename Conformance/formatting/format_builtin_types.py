# format() and str() on assorted builtin values
values = [None, True, False, 0, -5, 2.5, "s", "", [], [1, [2, "x"]], (), (1,), (1, "a"),
          {}, {"a": [1, 2]}, {1, 2, 3}, set(), frozenset(), frozenset({4}), range(3), range(1, 10, 2),
          b"", b"a\x00'", bytearray(b"xy"), slice(1, 5), slice(None, None, -1), int, str, len]
for v in values:
    print(type(v).__name__, "|", str(v), "|", repr(v), "|", format(v))
print(format(True, "d"), format(True, ">5"), format(False, "^7"), format(True, "f"))
print(format(None, ""), format([1, 2], ""), format((1,), ""))
try:
    print(format(None, "s"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(format([1, 2], ">10"))
except TypeError as e:
    print(type(e).__name__, e)
