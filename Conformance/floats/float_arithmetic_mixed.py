# Arithmetic mixing ints and floats
print(1 + 2.0, 3 * 1.5, 7 - 0.5, 2 ** 0.5, 4 ** 0.5, (-8) ** 2.0)
print(10 / 3, 10 // 3.0, 10 % 3.5, -10 % 3.5, divmod(10, 3.5), divmod(-10, 3.5))
print(2 ** -1, 2.0 ** -1, 10 ** -3, 0.0 ** 0, 0 ** 0.0)
print(1e308 + 1e308, -1e308 - 1e308, 1e-308 / 1e100)
print(3 * 0.1, 0.1 * 3, 0.7 + 0.1, 0.8 - 0.1, 1.1 + 2.2)
print(100 * 1.1, 1.1 * 1.1, 4.35 * 100, 0.57 * 100, int(0.57 * 100))
print(abs(-2.5), abs(2.5), -(-2.5), +(-2.5))
print(type(3 / 1).__name__, type(6 // 2).__name__, type(6 // 2.0).__name__, type(2 ** -1).__name__)
total = 0.0
for i in range(1, 11):
    total += 1 / i
print("harmonic(10) =", total)
balance = 1000.0
for year in range(1, 6):
    balance *= 1.05
    print(year, balance, round(balance, 2))
celsius = [-40, 0, 37, 100, 21.5]
print([c * 9 / 5 + 32 for c in celsius])
x = 2.0
for _ in range(6):
    x = (x + 2 / x) / 2
print("sqrt2 ~", x, x * x)
try:
    print(1 / 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(5.0 % 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__, e)
