import math

x = 0
x := 1
print(x)
