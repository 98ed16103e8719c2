y = [1]
def f(*a):
    pass
f(x for x in y, 1)
