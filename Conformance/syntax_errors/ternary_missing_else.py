def helper(v):
    """Double a value."""
    return v * 2


result = helper(3)
a = 1
b = 2 if a
