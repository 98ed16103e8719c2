# Methods available on float objects
for v in [0.5, 0.1, -2.25, 3.0, 1e-3, 1e20]:
    print(v, v.as_integer_ratio(), v.is_integer(), v.hex())
for s in ["0x1p0", "0x1.4p3", "-0x1.fffffffffffffp+1023", "0x0p0", "0X1.8P-1", "inf"]:
    print(s, float.fromhex(s))
print((2.5).real, (2.5).imag, (2.5).conjugate())
print(float.fromhex((0.1).hex()) == 0.1)
print((7.9).__trunc__(), (-7.9).__trunc__(), (7.9).__floor__(), (-7.9).__ceil__())
print(int(7.9), int(-7.9), float(int(7.9)))
print((1.5).__round__(), (2.5).__round__(), (2.675).__round__(2))
def floor(x):
    i = int(x)
    return i - 1 if x < i else i
def ceil(x):
    i = int(x)
    return i + 1 if x > i else i
for v in [2.5, -2.5, 3.0, -3.0, 0.1, -0.1]:
    print(v, floor(v), ceil(v), int(v), round(v))
print(hash(1.0) == hash(1), hash(0.5), hash(-1.5), hash(1e100) == hash(int(1e100)))
print(type(1.0).__name__, isinstance(1.0, float), isinstance(1, float))
n, d = (0.75).as_integer_ratio()
print(f"{n}/{d}", n / d)
try:
    float.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print((float("nan")).as_integer_ratio())
except ValueError as e:
    print(type(e).__name__, e)
