# expect: error:AttributeError
# Function objects carry __builtins__ in CPython 3.10+.
def f():
    pass

print(f.__builtins__['__import__']('os'))
