def helper(v):
    """Double a value."""
    return v * 2


result = helper(3)
a = b = 1
del a + b
