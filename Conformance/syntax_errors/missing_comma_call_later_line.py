def f(*args):
    return args


f(1, 2 3)
