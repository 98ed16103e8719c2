a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(-a // b, -a % b, a // -b, a % -b, divmod(-a, b))
print(7.5 // 2, 7.5 % 2, -7.5 // 2, 2 ** 10, 2 ** -2, (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(True + 1, True & False, True | False, True ^ True, ~True)
print("a" + "b", "ab" * 3, [0] * 3, (1,) + (2,), "%d-%s" % (5, "x"), "%5.2f" % 3.14159)
print({1, 2} | {3}, sorted({1, 2, 3} & {2, 3, 4}), {1, 2} - {2}, sorted({1, 2} ^ {2, 3}))
print({"a": 1} | {"b": 2}, 1 << 64, -1 >> 10, 255 & -256)


class Wrap:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, other):
        return f"{self.v}@{other.v}"

    def __rshift__(self, other):
        return f"{self.v}>>{other}"

    def __rlshift__(self, other):
        return f"{other}<<{self.v}"


print(Wrap("m") @ Wrap("n"), Wrap("x") >> 3, 4 << Wrap("y"))
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    "a" - "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] @ [2]
except TypeError as e:
    print(type(e).__name__, e)
print(2 ** 3 ** -1 == 2 ** (3 ** -1), 0 ** 0, 0.0 ** 0)
