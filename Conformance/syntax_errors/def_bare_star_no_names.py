import math

x = 1
def f(a, *):
    pass
