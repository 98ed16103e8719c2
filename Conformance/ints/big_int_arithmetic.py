# Big integer arithmetic beyond 64-bit range
a = 2**63
b = 2**64 - 1
print(a, b)
print(a + b, a * b)
print(b - a, a - b)
print(-a - 1, -(2**63) - 1)
c = 123456789012345678901234567890
d = 987654321098765432109876543210
print(c + d)
print(c * d)
print(d // c, d % c)
print(-d // c, -d % c)
print(d // -c, d % -c)
print(c ** 3)
print(2**200)
print(len(str(2**1000)))
print(sum(int(ch) for ch in str(2**1000)))
print(10**30 // 7, 10**30 % 7)
x = 1
for i in range(1, 31):
    x *= i
print("30! =", x)
print(x.bit_length())
print(abs(-(10**25)), -(10**25))
print(hex(2**100), oct(2**70), bin(2**65))
print(int("9" * 40) + 1)
print((2**127 - 1) % 1000000007)
print(type(2**100).__name__, 2**100 == 2.0**100)
print(2**64 > 1.8e19, 2**64 < 1.9e19)
print(-(2**64) >> 3, (2**64) << 5)
print((2**80) & (2**80 - 1), (2**80) | 1, (2**80) ^ (2**79))
