import math

x = 1
y = (x + 2
z = 3
print(z)
