# expect: ok
# Recursion 500 deep is within the default limit and must succeed.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(500))
