# expect: recursion
# __getattr__ that reads another missing attribute of self.
class A:
    def __getattr__(self, name):
        return self.missing

print(A().anything)
