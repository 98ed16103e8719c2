# expect: recursion|ok
# 10**5 generator expressions each pulling from the previous one (CPython 3.11 segfaults; Monty must not crash).
g = iter([1])
for _ in range(10**5):
    g = (x for x in g)
print(next(g))
