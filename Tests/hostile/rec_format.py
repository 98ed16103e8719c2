# expect: recursion
# __format__ that formats self again.
class A:
    def __format__(self, spec):
        return format(self, spec)

print(f"{A():>5}")
