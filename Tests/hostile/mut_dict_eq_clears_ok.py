# expect: ok
# __eq__ clears the dict while an insert is probing it (a classic CPython crash pattern).
class K:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        d.clear()
        return False

d = {}
d[K()] = 1
d[K()] = 2
print(len(d))
