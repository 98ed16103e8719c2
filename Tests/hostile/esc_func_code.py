# expect: error:AttributeError
# A function's code object.
def f():
    return 1

print(f.__code__.co_consts)
