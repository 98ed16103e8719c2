def f():
    return 1

try
    f()
except ValueError:
    pass
