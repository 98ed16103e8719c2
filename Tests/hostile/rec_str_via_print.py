# expect: recursion
# __str__ that formats self with an f-string, reached through print().
class A:
    def __str__(self):
        return f"<{self}>"

print(A())
