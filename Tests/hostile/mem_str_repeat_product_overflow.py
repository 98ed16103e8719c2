# expect: error:OverflowError|memory
# 2 * 2**62 characters overflows a 64-bit length: CPython says "repeated string is too long".
s = 'ab' * 2**62
print(len(s))
