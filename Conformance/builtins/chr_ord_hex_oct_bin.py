# Character and radix conversion builtins
for ch in "Aaz0~ é€😀":
    cp = ord(ch)
    print(repr(ch), cp, hex(cp), oct(cp), bin(cp), chr(cp) == ch)
print([chr(c) for c in range(65, 75)], "".join(chr(ord("a") + i) for i in range(26)))
print(hex(255), hex(-255), hex(0), hex(2**64), oct(8), oct(-9), bin(10), bin(-10), bin(0))
print(int(hex(48879), 16), int(oct(511), 8), int(bin(1023), 2), int("0x" + "ff", 16))
def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for n in [0, 5, 255, -255, 10**12]:
    print(n, to_base(n, 2), to_base(n, 7), to_base(n, 16), to_base(n, 36), int(to_base(n, 36), 36) == n)
hexstr = "48656c6c6f2c20576f726c6421"
print("".join(chr(int(hexstr[i:i + 2], 16)) for i in range(0, len(hexstr), 2)))
print(" ".join(f"{ord(c):02x}" for c in "Hi!"), " ".join(format(ord(c), "08b") for c in "AB"))
for bad in [lambda: chr(-1), lambda: chr(1.5), lambda: ord(65), lambda: hex(1.0), lambda: bin("1"), lambda: oct(None)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
