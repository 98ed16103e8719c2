# Subset and superset relations
small = {1, 2}
big = {1, 2, 3, 4}
other = {2, 5}
print(small <= big, small < big, big >= small, big > small, small < small, small <= small)
print(small.issubset(big), big.issuperset(small), small.issubset([1, 2, 9]), big.issuperset(range(3)))
print(small < other, small > other, small == other, small != other)
print({1, 2} == {2, 1}, set() < {1}, set() <= set(), set() == frozenset())
required = {"read", "write"}
roles = {
    "viewer": {"read"},
    "editor": {"read", "write"},
    "admin": {"read", "write", "delete", "admin"},
}
for role in sorted(roles):
    perms = roles[role]
    print(f"{role:<7} ok={required <= perms} extra={sorted(perms - required)} missing={sorted(required - perms)}")
sets = [{1}, {1, 2}, {2}, {1, 2, 3}, set()]
print(sorted(sets, key=len))
print([[int(x < y) for y in sets] for x in sets])
try:
    print({1} < [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print(max([{1, 2}, {3}], key=len), min(sets, key=len))
