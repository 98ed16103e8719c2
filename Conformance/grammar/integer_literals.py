print(1_000_000, 0x_FF, 0xff, 0XAB, 0o17, 0O7_7, 0b1010, 0B1_0_1)
print(0, 00, 0_0, -0)
print(123456789012345678901234567890)
print(0xDEAD_BEEF, hex(3735928559), oct(63), bin(10))
print(1_0 + 0b1_1, 0o1_0 * 2)
print(int("1_000"), int("0x1f", 16), int("0b101", 0), int("0o17", 0), int(" 42 "))
print(type(10**20).__name__, 2**100)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2)
print(True + True, False * 10, int(True))
print(1 if 0b0 else 2)
x = 0x10
print(x, f"{x:#x}", f"{x:#o}", f"{x:#b}", f"{x:08b}")
print((255).bit_length(), (-1).bit_length(), (0).bit_length())
print(abs(-5), divmod(-17, 4), pow(-2, 3))
print(10 ** -1, 2 ** 0.5 == 2 ** (1 / 2))
try:
    int("1__0")
except ValueError as e:
    print(type(e).__name__, e)
