def helper(v):
    """Double a value."""
    return v * 2


result = helper(3)
x = 0
d = {'a': [1, 2}]
