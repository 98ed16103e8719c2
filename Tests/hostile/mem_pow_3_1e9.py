# expect: limit
# pow(3, 10**9) without a modulus: a 1.6-gigabit result.
x = pow(3, 10**9)
print(x % 10)
