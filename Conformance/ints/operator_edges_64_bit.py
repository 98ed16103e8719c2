# %, //, /, &, |, ^, >>, << on ints around the 64-bit and 2**53 boundaries, negative operands and
# zero divisors: results (small, big or float) and exception types must be CPython's.
vals = [0, 1, -1, 7, -7, 13, -13, 2**62, -2**62, 2**63 - 1, -2**63, 2**53, 2**53 + 1, -(2**53) - 1, 3, 64, 63, 62]
ops = {
    "%": lambda a, b: a % b, "//": lambda a, b: a // b, "/": lambda a, b: a / b, "&": lambda a, b: a & b,
    "|": lambda a, b: a | b, "^": lambda a, b: a ^ b, ">>": lambda a, b: a >> b, "<<": lambda a, b: a << b,
}
for name, op in ops.items():
    row = []
    for a in vals:
        for b in vals:
            if name == "<<" and b > 64:
                continue
            try:
                row.append(op(a, b))
            except (ZeroDivisionError, ValueError) as e:
                row.append(type(e).__name__ + ": " + str(e))
    print(name, row)
print(1.5 / 0.5, -3.0 / 2.0, 1e308 / 1e-10, 7.0 % 2.0, -7.5 // 2.0, 2.0 ** 0.5)
for a, b in [(1.0, 0.0), (1, 0.0), (0.0, 0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
x = 10
x %= 3
y = -10
y //= 4
z = 1
z <<= 70
print(x, y, z, z >> 69, -z >> 200)
