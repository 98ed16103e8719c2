# expect: limit
# 10**10**10 is 10**(10**10): about 4 GB of digits.
x = 10**10**10
print(x % 7)
