# expect: error:ValueError
# __eq__ empties the list while list.remove is scanning it.
class E:
    def __eq__(self, other):
        l.clear()
        return False

l = [E() for _ in range(10)]
l.remove(1)
