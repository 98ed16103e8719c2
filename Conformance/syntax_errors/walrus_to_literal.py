import math

y = 0
if (1 := y):
    pass
