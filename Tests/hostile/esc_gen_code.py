# expect: error:AttributeError
# A generator's code object.
def g():
    yield 1

print(g().gi_code.co_names)
