import math

xs = [1]
y = [x for x in (z := xs)]
