# expect: error:AttributeError
# object.__getattribute__ to bypass any per-class attribute hook.
def f():
    pass

print(object.__getattribute__(f, '__code__'))
