# expect: recursion|ok
# 10**5 nested map objects: next() on the outer one nests native calls (CPython 3.11 segfaults).
m = iter([1])
for _ in range(10**5):
    m = map(abs, m)
print(next(m))
