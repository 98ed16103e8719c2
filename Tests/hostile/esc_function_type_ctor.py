# expect: error:AttributeError
# type(f)(code, globals): building a function from another function's code object.
def f():
    return 1

g = type(f)(f.__code__, {})
print(g())
