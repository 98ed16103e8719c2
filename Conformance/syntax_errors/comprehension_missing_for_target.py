def helper(v):
    """Double a value."""
    return v * 2


result = helper(3)
xs = [1]
y = [x for in xs]
