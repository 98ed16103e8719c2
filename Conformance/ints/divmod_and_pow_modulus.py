# divmod and three-argument pow
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (10**20, 7), (-(10**20), 7)]:
    print("divmod", a, b, "=", divmod(a, b))
print(divmod(7.5, 2), divmod(-7.5, 2))
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(0, 0))
print(pow(3, 200, 1000000007))
print(pow(2, 10**6, 10**9 + 7))
print(pow(-3, 3, 7), pow(3, 3, -7))
print(pow(3, -1, 7), pow(10, -2, 13))
print(pow(123456789, 987654321, 2**61 - 1))
print(pow(5, 0, 1), pow(5, 0, 3))
# Modular inverse check
for n in [3, 5, 11, 17]:
    inv = pow(n, -1, 97)
    print(n, inv, n * inv % 97)
try:
    pow(4, -1, 8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(5.0, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(2 ** -2, (-8) ** 2, -8 ** 2)
print(10 ** 0, 0 ** 5, (-1) ** 101)
