# sum() of lists, tuples, ranges and generators: ints past 64 bits, floats, mixed numbers, bools, a start
# value, lists, user classes with __add__/__radd__, and the errors for strs and mixed types.
print(sum([1, 2, 3]), sum((1.5, 2.25)), sum([1, 2.5, 3]), sum([2**62, 2**62, 2**62]), sum([], 7), sum([[1], [2]], []))
print(sum([0.1] * 10), sum([1e308, 1e308]), sum([True, True, 3]), sum(range(10)), sum(x for x in [1, 2]))
class V:
    def __init__(self, n): self.n = n
    def __add__(self, o): return V(self.n + (o.n if isinstance(o, V) else o))
    def __radd__(self, o): return V(self.n + o)
print(sum([V(1), V(2), V(3)]).n, sum([V(1)], V(10)).n)
items = [1, 2, 3]
class Grow:
    def __radd__(self, o):
        items.append(100)
        return o + 1
items.append(Grow())
try:
    print(sum(items[:3] + [Grow()]))
except Exception as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
