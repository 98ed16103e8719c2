# expect: ok
# A comparison that contradicts itself: sorting must terminate with some permutation.
class A:
    n = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        A.n += 1
        return (A.n * 7 + self.v) % 3 == 0

l = sorted(A(i) for i in range(2000))
print(len(l), sorted(a.v for a in l) == list(range(2000)))
