import math

xs = [1]
print(*x for x in xs)
