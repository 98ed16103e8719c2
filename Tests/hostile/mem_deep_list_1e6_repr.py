# expect: recursion|memory
# A list nested 10**6 deep, built iteratively, then repr'd (CPython: RecursionError).
# Building it may already exceed a 64 MB memory limit, which is also acceptable.
a = []
for _ in range(10**6):
    a = [a]
print(len(repr(a)))
