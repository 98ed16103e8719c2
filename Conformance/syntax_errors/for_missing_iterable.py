import math

items = [1]
for x in:
    pass
