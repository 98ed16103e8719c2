# Union, intersection, difference and symmetric difference
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
c = {5, 7, 9}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, c), a.intersection(b, c), a.difference(b, c), a.symmetric_difference(c))
print(a.union([10, 11]), a.intersection(range(3, 10)), a.difference("ab"), a.union())
print(a | b | c, a & b & c, (a | b) - (a & b) == a ^ b)
print(len(a | b), len(a & b), sorted(a ^ b ^ c))
print(set(), set() | a, a & set(), a - a, set([1, 1, 2, 2]), set(range(5)))
print(set("mississippi") == {"m", "i", "s", "p"}, sorted(set("mississippi")))
print(set((1, 2)) == {2, 1}, {1, 2} == frozenset({1, 2}), type({1} | frozenset({2})).__name__, type(frozenset({2}) | {1}).__name__)
evens = {n for n in range(20) if n % 2 == 0}
threes = {n for n in range(20) if n % 3 == 0}
print(evens & threes, sorted(evens - threes), sorted(threes - evens))
print(sorted(evens ^ threes))
try:
    print(a | [1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(a + b)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(a & "x")
except TypeError as e:
    print(type(e).__name__, e)
