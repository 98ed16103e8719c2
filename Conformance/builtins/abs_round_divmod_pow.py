# Numeric builtins: abs, round, divmod, pow
print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(-(2**70)), abs(True), abs(False))
print(round(2.5), round(3.5), round(-2.5), round(2.567, 2), round(1234, -2), round(0.5 + 1e-12))
print(round(7), round(7.0), round(7.49999), round(-7.5), round(1e16 + 0.5), round(2.5, 0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(25, -1)).__name__)
for a, b in [(7, 3), (-7, 3), (7, -3), (7.5, 2), (-7.5, 2), (0, 5), (10**20 + 1, 10**10)]:
    print("divmod", a, b, divmod(a, b))
print(pow(2, 8), pow(2, -2), pow(2.0, 0.5), pow(-8, 3) == (-8) ** 3, pow(7, 2, 5), pow(10, 20, 7))
print(pow(0, 0), pow(0.0, 0), pow(1, 10**6), pow(-1, 10**6 + 1))
amounts = [-12.345, 0.005, 99.995, -0.5, 1e-9]
print([abs(a) for a in amounts], [round(a, 2) for a in amounts])
hours = 12345
h, rem = divmod(hours, 60)
d, h = divmod(h, 24)
print(f"{hours} minutes = {d}d {h}h {rem}m")
try:
    abs("5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, "1")
except TypeError as e:
    print(type(e).__name__, e)
