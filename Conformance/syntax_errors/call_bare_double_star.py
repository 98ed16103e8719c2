def f(**a):
    pass
f(**)
