import math

x = 1
async class C:
    pass
