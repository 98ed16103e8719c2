# expect: recursion|error:AttributeError
# __getattribute__ that reads an attribute of self.
# Monty does not call a user __getattribute__ yet (Grammar/DIFFERENCES.md), so it fails with AttributeError.
class A:
    def __getattribute__(self, name):
        return self.other

print(A().x)
