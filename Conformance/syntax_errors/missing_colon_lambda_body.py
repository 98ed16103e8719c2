import math

x = 1
f = lambda y y + 1
print(f(x))
