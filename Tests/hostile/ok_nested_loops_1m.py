# expect: ok
# One million iterations of a nested loop.
n = 0
for i in range(1000):
    for j in range(1000):
        n += i ^ j
print(n)
