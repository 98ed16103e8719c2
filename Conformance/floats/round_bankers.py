# round() uses round-half-to-even and exact binary values
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 4.5, 5.5, 0.4999999999999999]:
    print(v, round(v), type(round(v)).__name__)
for v in [2.675, 2.665, 1.005, 0.125, 0.375, 1.25, 1.35, 0.045, 3.14159, -2.675]:
    print(v, round(v, 2), round(v, 1), round(v, 0))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(5, 1), round(5.0, 1), round(-5.55, 1), round(1e20, -19))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(123.456, 10), round(1e-10, 5), round(2.5e-5, 5))
prices = [19.995, 4.445, 10.005, 7.125, 3.335]
for p in prices:
    print(f"{p} -> round={round(p, 2)} fmt={p:.2f} cents={round(p * 100)}")
print(round(True), round(7, -1), round(-15, -1), round(25, -1), round(35, -1))
try:
    print(round("1.5"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(round(1.5, 1.0))
except TypeError as e:
    print(type(e).__name__, e)
