# expect: limit
# sum() pulling from a Python generator 10**15 times.
print(sum(x for x in range(10**15)))
