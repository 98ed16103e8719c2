import math

def f():
    nonlocal
