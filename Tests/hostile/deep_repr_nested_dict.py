# expect: recursion
# repr of a dict nested 10**5 deep.
d = {}
for _ in range(10**5):
    d = {'k': d}
print(len(repr(d)))
