# expect: limit
# Two separately built DAGs of depth 100 compare equal only after 2**100 element comparisons.
a = 0
b = 0
for _ in range(100):
    a = [a, a]
    b = [b, b]
print(a == b)
