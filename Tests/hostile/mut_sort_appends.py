# expect: error:ValueError
# __lt__ appends to the list being sorted (CPython: ValueError: list modified during sort).
class A:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        l.append(A(0))
        return self.v < other.v

l = [A(i) for i in range(50)]
l.sort()
