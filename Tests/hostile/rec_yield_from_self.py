# expect: recursion
# A generator that delegates to a new copy of itself forever.
def g():
    yield from g()

next(g())
