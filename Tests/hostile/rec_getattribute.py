# expect: recursion
# __getattribute__ that reads an attribute of self.
class A:
    def __getattribute__(self, name):
        return self.other

print(A().x)
