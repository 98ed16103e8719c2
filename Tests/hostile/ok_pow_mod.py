# expect: ok
# Modular exponentiation with a huge exponent is fast and must succeed: 3**(10**9) mod 7 == 4.
print(pow(3, 10**9, 7), pow(2, 10**18, 10**9 + 7), pow(12345, 2**100 + 1, 2**61 - 1))
