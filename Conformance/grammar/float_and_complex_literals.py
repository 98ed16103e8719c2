print(1e-3, .5, 5., 1.5e3, 1E10, 1e16, 1e-5, 0.1 + 0.2)
print(3.14_15, 1_0.0_1, 6.02e23, 1.0e-10)
print(float("inf"), float("-inf"), float("nan") != float("nan"))
print(1 / 3, 2 / 3, 10 / 4, 10 // 4.0, -10 // 4.0, 7.5 % 2)
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(1234.5678, -2))
print(3j, 1 + 2j, (1 + 2j) * (3 - 1j), 2j ** 2, complex(1, -1))
z = 3 + 4j
print(z.real, z.imag, abs(z), z.conjugate(), type(z).__name__)
print(0.0 == -0.0, -0.0, 1e308 * 10, -1e308 * 10)
print(int(3.99), int(-3.99), float(7), float("  1.5  "), float("1e2"))
print(1.0.is_integer(), (2.5).as_integer_ratio(), 1e100)
print(repr(1.1), str(1.1), 1.0, 100.0, 1e21, 1.5e-7, 123456789.123)
print(f"{3.14159:.2f} {1234567.891:,.1f} {0.25:%} {1e6:e} {2.0:g} {1e-7:g}")
try:
    float("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
