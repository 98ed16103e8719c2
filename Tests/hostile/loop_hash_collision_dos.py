# expect: limit
# Every key hashes to 0, so each insert compares against every earlier key: quadratic __eq__ calls.
class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 0

    def __eq__(self, other):
        return self.v == other.v

d = {}
for i in range(10**5):
    d[K(i)] = i
print(len(d))
