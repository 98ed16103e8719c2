def helper(v):
    """Double a value."""
    return v * 2


result = helper(3)
x = None
if x not is None:
    pass
