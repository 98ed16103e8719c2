# Bitwise operators and int methods
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(~0, ~-1, -1 >> 10, -1 << 3, -16 >> 2, -17 >> 2)
print((1 << 100) >> 98, 1 << 0, 5 >> 10)
for n in [0, 1, 2, 3, 255, 256, -1, -255, 2**64, -(2**64)]:
    print(n, n.bit_length(), bin(n).count("1"), n.bit_count())
def popcount(x):
    count = 0
    while x:
        x &= x - 1
        count += 1
    return count
print([popcount(i) for i in range(17)])
# Flag handling
READ, WRITE, EXEC = 4, 2, 1
perm = READ | WRITE
print(perm & READ != 0, perm & EXEC != 0)
perm |= EXEC
perm &= ~WRITE
print(perm, bin(perm))
# Extract bytes of a 32-bit value
value = 0xDEADBEEF
parts = [(value >> shift) & 0xFF for shift in (24, 16, 8, 0)]
print([hex(p) for p in parts])
print(value.to_bytes(4, "big").hex(), value.to_bytes(4, "little").hex())
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff", "big", signed=True), (-1).to_bytes(2, "big", signed=True))
print(True & False, True | False, True ^ True, ~True)
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1.0 << 2)
except TypeError as e:
    print(type(e).__name__, e)
