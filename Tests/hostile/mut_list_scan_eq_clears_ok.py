# expect: ok
# __eq__ empties the list during `in`, count() and index-free scans.
class E:
    def __eq__(self, other):
        l.clear()
        return False

l = [E() for _ in range(10)]
print(1 in l, l.count(1))
l = [E() for _ in range(10)]
print(l == [1] * 10)
