def helper(v):
    """Double a value."""
    return v * 2


result = helper(3)
import contextlib
with contextlib.nullcontext() as:
    pass
