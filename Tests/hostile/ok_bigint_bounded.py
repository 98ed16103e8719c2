# expect: ok
# Big ints well inside the limits, and a 4300-digit conversion (exactly CPython's limit).
import math
x = 2**100000
print(x.bit_length(), len(str(2**10000)), math.factorial(2000) % 1000003)
print(len(str(10**4299)), int('9' * 4300) % 97)
