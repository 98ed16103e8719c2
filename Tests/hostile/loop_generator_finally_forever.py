# expect: limit
# A generator whose finally block loops forever when it is exhausted normally.
def g():
    try:
        yield 1
    finally:
        while True:
            pass

for x in g():
    pass
