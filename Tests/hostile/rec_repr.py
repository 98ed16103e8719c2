# expect: recursion
# __repr__ that calls repr(self).
class A:
    def __repr__(self):
        return repr(self)

print(repr(A()))
