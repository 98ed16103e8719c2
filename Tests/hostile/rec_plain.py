# expect: recursion
# Unbounded recursion of a plain function.
def f(n):
    return f(n + 1)

f(0)
