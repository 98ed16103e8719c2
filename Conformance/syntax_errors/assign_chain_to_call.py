def f():
    pass
x = f() = 3
