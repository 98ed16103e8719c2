import math

x = 1
async if x:
    pass
