import math

def g():
    yield from
