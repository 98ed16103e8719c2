# Numeric literals with underscores and radix prefixes
million = 1_000_000
mask = 0xFF_FF
perms = 0o7_5_5
flags = 0b1010_0101
print(million, mask, perms, flags)
print(0x_dead_beef, 0B11, 0O17, 0XaB)
print(hex(million), oct(million), bin(million))
print(hex(-255), oct(-8), bin(-5))
print(hex(0), oct(0), bin(0))
print(f"{million:_}", f"{million:,}", f"{mask:_x}", f"{flags:_b}")
print(f"{255:#x}", f"{255:#X}", f"{255:#o}", f"{255:#b}")
print(f"{255:08b}", f"{255:#010b}", f"{-255:#x}", f"{3:+d}")
print(format(10**12, ","), format(-1234567, "_"))
print(format(48879, "x"), format(48879, "X"), format(48879, "o"))
for value in [0, 1, 7, 8, 255, 256, 4095]:
    print(f"{value:>5d} {value:>6o} {value:>4x} {value:>13b}")
nums = [0b1, 0o10, 0x10, 10, 1_0]
print(nums, sum(nums))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
print(int(hex(-12345), 0), int(bin(-7), 0))
print(1_2.3_4, 1_0e1_0, 0x1_0)
