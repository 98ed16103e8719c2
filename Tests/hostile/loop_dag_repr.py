# expect: limit
# `a = [a, a]` repeated: tiny in memory, but its repr has 2**100 leaves.
a = []
for _ in range(100):
    a = [a, a]
print(len(repr(a)))
