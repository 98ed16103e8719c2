# expect: recursion
# repr of a list nested 10**5 deep (built iteratively): must be RecursionError, not a native stack overflow.
a = []
for _ in range(10**5):
    a = [a]
print(len(repr(a)))
