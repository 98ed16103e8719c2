# expect: recursion
# == on two distinct lists nested 10**5 deep (CPython: RecursionError in comparison).
a = []
b = []
for _ in range(10**5):
    a = [a]
    b = [b]
print(a == b)
