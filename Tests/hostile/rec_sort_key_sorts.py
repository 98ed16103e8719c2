# expect: recursion
# A sort key that sorts again: builtin -> Python -> builtin re-entry without end.
def key(x):
    return sorted([x, x], key=key)

sorted([1, 2], key=key)
