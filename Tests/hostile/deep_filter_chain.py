# expect: recursion|ok
# 10**5 nested filter objects around one list iterator.
z = iter([1])
for _ in range(10**5):
    z = filter(None, z)
print(list(z))
