# expect: recursion
# __bool__ that calls bool(self), reached through an if statement.
class A:
    def __bool__(self):
        return bool(self)

if A():
    pass
