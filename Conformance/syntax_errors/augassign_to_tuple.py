def helper(v):
    """Double a value."""
    return v * 2


result = helper(3)
a = b = 0
a, b += 1
