# frozenset is hashable and immutable
fs = frozenset([3, 1, 2, 3])
print(fs, len(fs), 2 in fs, type(fs).__name__)
print(frozenset(), frozenset("aab") == frozenset({"a", "b"}), sorted(frozenset("hello")))
print(fs | {9}, fs & {1, 9}, fs - {1}, fs ^ {1, 4})
groups = {frozenset({"ann", "bob"}): "team-a", frozenset({"cy"}): "team-b"}
print(groups[frozenset({"bob", "ann"})], frozenset({"cy"}) in groups)
seen_pairs = set()
pairs = [("a", "b"), ("b", "a"), ("c", "d"), ("a", "b"), ("d", "c"), ("a", "a")]
for x, y in pairs:
    seen_pairs.add(frozenset((x, y)))
print(len(seen_pairs), sorted(sorted(p) for p in seen_pairs))
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(nested), sorted(sorted(x) for x in nested))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), frozenset({1}) == {1})
print(fs.union([7]), fs.intersection([1, 2]), fs.issubset(range(5)), fs.copy() == fs)
try:
    fs.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    fs.discard(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {{1, 2}}
except TypeError as e:
    print(type(e).__name__, e)
