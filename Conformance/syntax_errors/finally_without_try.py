def helper(v):
    """Double a value."""
    return v * 2


result = helper(3)
x = 1
finally:
    pass
