import math

x = [1]
y = x[]
