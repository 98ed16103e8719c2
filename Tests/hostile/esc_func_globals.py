# expect: error:AttributeError
# A function's __globals__ (in CPython: the module namespace, including __builtins__).
def f():
    pass

print(f.__globals__['__builtins__'])
