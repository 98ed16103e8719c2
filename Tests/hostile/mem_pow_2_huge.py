# expect: limit
# 2 ** 10**10 has 10**10 bits (1.25 GB).
x = 2 ** 10**10
print(x % 10)
