# expect: recursion
# __setattr__ that assigns to self again.
class A:
    def __setattr__(self, name, value):
        self.x = value

A().y = 1
