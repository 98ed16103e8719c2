# expect: recursion
# __lt__ that compares again, called from inside sorted().
class A:
    def __lt__(self, other):
        return self < other

print(sorted([A(), A(), A()]))
