# bytes and bytearray with + and *: the left operand decides the result type, += extends a bytearray in
# place (aliases see it), and concatenating anything else is CPython's TypeError.
cases = [lambda: b"a" + "d", lambda: b"a" + 1, lambda: b"a" + [1], lambda: b"a" + bytearray(b"x"),
         lambda: bytearray(b"x") + b"y", lambda: bytearray(b"ab") * 2, lambda: b"ab" * 2]
for f in cases:
    try:
        print(repr(f()))
    except Exception as x:
        print(type(x).__name__, x)
x = bytearray(b"q")
y = x
x += b"rs"
print(x, y, x is y)
