# In-place set operators and aliasing
a = {1, 2, 3}
alias = a
a |= {4}
print(a, alias, a is alias)
a &= {1, 2, 4, 9}
print(a, alias)
a -= {1}
print(a, alias)
a ^= {2, 7}
print(a, alias)
b = a
b = b | {100}
print(a, b, a is b)
fs = frozenset({1, 2})
orig = fs
fs |= {3}
print(fs, orig, fs is orig)
tags = set()
for line in ["x y", "y z", "", "z w x"]:
    tags |= set(line.split())
print(sorted(tags))
pending = set(range(1, 11))
done = set()
for batch in [{1, 2, 3}, {3, 4, 11}, {10}]:
    new = batch & pending
    pending -= batch
    done |= new
    print("batch", sorted(batch), "new", sorted(new), "pending", sorted(pending))
print(done, len(pending))
try:
    s = {1}
    s |= [2]
except TypeError as e:
    print(type(e).__name__, e)
