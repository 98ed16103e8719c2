# repr and iteration order of sets of small non-negative ints
print({3, 1, 2}, {10, 5, 0}, {0}, set(), {7, 7, 7})
print(set([5, 4, 3, 2, 1]), set(range(10)), set(range(10, 0, -1)))
s = set()
for n in [9, 3, 7, 1, 5]:
    s.add(n)
    print(s)
print(list({4, 2, 8, 6}), sorted({4, 2, 8, 6}, reverse=True))
print({True, 2, 0}, {1, True, 1.0}, {0, False, 0.0})
print(str({1, 2}), repr({1, 2}), f"{ {1, 2} }", "%s" % ({3},))
print(sum({1, 2, 3}), max({4, 9, 2}), min({4, 9, 2}), len({1, 2, 2, 3}))
print({x % 4 for x in range(20)}, {x * x for x in range(6)})
print(sorted({30, 12, 31, 1, 50}), 31 in {30, 12, 31})
print(frozenset({2, 1}), {frozenset({1})}, [{1}, {2}], ({3},))
