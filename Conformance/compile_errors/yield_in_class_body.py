class C:
    x = 1
    yield x
