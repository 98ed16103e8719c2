def helper(v):
    """Double a value."""
    return v * 2


result = helper(3)
def f(it):
    async for x in it:
        print(x)
