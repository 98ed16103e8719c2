# expect: error:ValueError
# A generator that calls next() on itself while running.
def g():
    next(it)
    yield 1

it = g()
next(it)
