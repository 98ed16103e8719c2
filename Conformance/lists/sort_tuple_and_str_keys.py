# sorted()/list.sort() with tuple keys (ints, floats, strs; different lengths), reverse stability,
# code-point order of strs (not canonical equivalence), -0.0 ties, and keys whose kinds mix.
words = ["pear", "Apple", "apple", "é", "e\u0301", "z", "", "éa", "\u00e9", "ß", "ss", "Z", "a b", "a"]
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
rows = [(3, "b", 1.5), (1, "a", 2.0), (3, "a", -0.0), (3, "a", 0.0), (2,), (2, "z"), (1, "a", 2.0, 9), (1, "a")]
print(sorted(rows))
print(sorted(rows, reverse=True))
pairs = [(i % 3, -i) for i in range(10)]
print(sorted(pairs, key=lambda p: (p[0],)), sorted(pairs, key=lambda p: (p[0],), reverse=True))
mixed = [(1, 2.5), (1, 2), (0, True), (1, 1.5)]
print(sorted(mixed))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
print(sorted([(float("nan"), 1), (1.0, 2), (0.5, 3)])[1:], sorted([("b", 1), ("a", 2)], key=lambda t: t)[0])
print("abc" < "abd", "é" > "z", "e\u0301" < "é", "a" < "a\u0000", max(words), min(words))
