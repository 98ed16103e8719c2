# expect: recursion
# __init__ that creates another instance of its own class.
class A:
    def __init__(self):
        self.child = A()

A()
